package org.incidentdesk.postmortem.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.incidentdesk.postmortem.domain.CauseCategory;
import org.incidentdesk.postmortem.domain.PostmortemContent;
import org.incidentdesk.postmortem.domain.ServiceState;

/**
 * A report's new title and content (the whole of it: what is left out is emptied).
 *
 * @param internalFields content fields left out of the public view, e.g. {@code ["knownProblems"]}
 */
public record PostmortemEdit(
        @NotBlank @Size(max = 400) String title,
        @Size(max = 20_000) String summary,
        @Size(max = 20_000) String howItBegan,
        @Size(max = 1_000) List<@Valid @NotNull TimelineItem> timeline,
        @Size(max = 1_000) List<@Valid @NotNull ServiceStateChange> serviceStates,
        @Size(max = 10) Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 5_000) String> impact,
        CauseCategory cause,
        @Size(max = 20_000) String socialFactors,
        @Size(max = 20_000) String technicalFactors,
        @Size(max = 20_000) String aggravatingFactors,
        @Size(max = 20_000) String knownProblems,
        Boolean preventable,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> responders,
        @Size(max = 20) Set<@NotBlank @Size(max = 40) String> internalFields) {

    public record TimelineItem(@NotNull Instant at, @NotBlank @Size(max = 5_000) String text) {
    }

    public record ServiceStateChange(@NotBlank @Size(max = 100) String service, @NotNull ServiceState state,
            @NotNull Instant at) {
    }

    PostmortemContent content() {
        return new PostmortemContent(summary, howItBegan,
                timeline == null ? null : timeline.stream()
                        .map(item -> new PostmortemContent.TimelineItem(item.at(), item.text())).toList(),
                serviceStates == null ? null : serviceStates.stream()
                        .map(change -> new PostmortemContent.ServiceStateChange(change.service(), change.state(),
                                change.at())).toList(),
                impact, cause, socialFactors, technicalFactors, aggravatingFactors, knownProblems, preventable,
                responders, internalFields);
    }
}
