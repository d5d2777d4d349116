package org.incidentdesk.postmortem.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a post-mortem report says. Kept as one document per revision, so that every revision can be shown again.
 *
 * @param timeline from the case's timeline, editable
 * @param serviceStates each affected service's state from a moment on; the outage minutes are computed from them
 * @param impact per kind of user (readers, editors, administrators, API users)
 * @param internalFields the fields (names of this record's components) left out of the public view
 */
public record PostmortemContent(
        String summary,
        String howItBegan,
        List<TimelineItem> timeline,
        List<ServiceStateChange> serviceStates,
        Map<String, String> impact,
        CauseCategory cause,
        String socialFactors,
        String technicalFactors,
        String aggravatingFactors,
        String knownProblems,
        Boolean preventable,
        List<String> responders,
        Set<String> internalFields) {

    /** The fields that may be marked internal. */
    public static final Set<String> FIELDS = Set.of("summary", "howItBegan", "timeline", "serviceStates", "impact",
            "cause", "socialFactors", "technicalFactors", "aggravatingFactors", "knownProblems", "preventable",
            "responders");

    /** The kinds of user whose impact a report describes (as case-service records it). */
    public static final Set<String> USER_TYPES = Set.of("READERS", "EDITORS", "ADMINISTRATORS", "API_USERS");

    public record TimelineItem(Instant at, String text) {
    }

    public record ServiceStateChange(String service, ServiceState state, Instant at) {
    }

    public PostmortemContent {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        serviceStates = serviceStates == null ? List.of() : List.copyOf(serviceStates);
        impact = impact == null ? Map.of() : new LinkedHashMap<>(impact);
        responders = responders == null ? List.of() : List.copyOf(responders);
        internalFields = internalFields == null ? Set.of() : Set.copyOf(internalFields);
    }

    public static PostmortemContent empty() {
        return new PostmortemContent(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean isInternal(String field) {
        return internalFields.contains(field);
    }

    /** The same content as the public may see it: every internal field left out. */
    public PostmortemContent publicView() {
        return new PostmortemContent(
                isInternal("summary") ? null : summary,
                isInternal("howItBegan") ? null : howItBegan,
                isInternal("timeline") ? null : timeline,
                isInternal("serviceStates") ? null : serviceStates,
                isInternal("impact") ? null : impact,
                isInternal("cause") ? null : cause,
                isInternal("socialFactors") ? null : socialFactors,
                isInternal("technicalFactors") ? null : technicalFactors,
                isInternal("aggravatingFactors") ? null : aggravatingFactors,
                isInternal("knownProblems") ? null : knownProblems,
                isInternal("preventable") ? null : preventable,
                isInternal("responders") ? null : responders,
                Set.of());
    }
}
