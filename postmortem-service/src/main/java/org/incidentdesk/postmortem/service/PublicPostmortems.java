package org.incidentdesk.postmortem.service;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.incidentdesk.postmortem.domain.ActionItem;
import org.incidentdesk.postmortem.domain.CauseCategory;
import org.incidentdesk.postmortem.domain.OutageMinutes;
import org.incidentdesk.postmortem.domain.Postmortem;
import org.incidentdesk.postmortem.domain.PostmortemContent;
import org.incidentdesk.postmortem.repository.ActionItemRepository;
import org.incidentdesk.postmortem.repository.PostmortemRepository;

/**
 * What anyone may read without signing in: the published revisions of operational incidents' reports only, each
 * without its internal fields and internal action items; the statistics are computed from those public views alone, so that
 * nothing unpublished, internal or confidential reaches any public answer.
 */
@ApplicationScoped
public class PublicPostmortems {

    /** How a cause or service that is internal is counted in the statistics. */
    static final String UNDISCLOSED = "UNDISCLOSED";

    private final PostmortemRepository postmortems;
    private final ActionItemRepository actionItems;

    public PublicPostmortems(PostmortemRepository postmortems, ActionItemRepository actionItems) {
        this.postmortems = postmortems;
        this.actionItems = actionItems;
    }

    /** A published report as the public sees it. */
    public record PublicReport(UUID id, String title, String caseReference, Instant publishedAt,
            Instant incidentStartedAt, Instant incidentEndedAt, int revision, Instant updatedAt,
            PostmortemContent content, OutageMinutes outageMinutes, List<ActionItem> actionItems) {

        /** The year it is filed under: when the incident began, else when the report was published. */
        public int year() {
            return (incidentStartedAt != null ? incidentStartedAt : publishedAt).atZone(ZoneOffset.UTC).getYear();
        }

        public List<String> services() {
            return content.serviceStates().stream().map(PostmortemContent.ServiceStateChange::service).distinct()
                    .toList();
        }
    }

    public record Page(List<PublicReport> items, long total) {
    }

    /** Reports per cause and per service, outage minutes per month (UTC) and the mean time to restore. */
    public record Statistics(Map<String, Long> reportsPerCause, Map<String, Long> reportsPerService,
            Map<String, OutageMinutes> outageMinutesPerMonth, Double meanTimeToRestoreMinutes, long reports) {
    }

    @Transactional
    public Page list(Optional<String> service, Optional<CauseCategory> cause, Optional<Integer> year, int page,
            int size) {
        Predicate<PublicReport> wanted = report -> service.map(name -> report.services().stream()
                        .anyMatch(name::equalsIgnoreCase)).orElse(true)
                && cause.map(category -> category == report.content().cause()).orElse(true)
                && year.map(y -> y == report.year()).orElse(true);
        List<PublicReport> matching = all().stream().filter(wanted).toList();
        return new Page(matching.stream().skip((long) page * size).limit(size).toList(), matching.size());
    }

    @Transactional
    public Optional<PublicReport> find(UUID id) {
        return postmortems.published(id).map(this::publicView);
    }

    @Transactional
    public List<PublicReport> all() {
        return postmortems.published().stream().map(this::publicView).toList();
    }

    @Transactional
    public Statistics statistics() {
        List<PublicReport> reports = all();
        Map<String, Long> perCause = new TreeMap<>();
        Map<String, Long> perService = new TreeMap<>();
        Map<String, OutageMinutes> perMonth = new TreeMap<>();
        for (PublicReport report : reports) {
            CauseCategory cause = report.content().cause();
            perCause.merge(cause == null ? UNDISCLOSED : cause.name(), 1L, Long::sum);
            report.services().forEach(service -> perService.merge(service, 1L, Long::sum));
            if (report.outageMinutes() != null && report.incidentStartedAt() != null) {
                perMonth.merge(YearMonth.from(report.incidentStartedAt().atZone(ZoneOffset.UTC)).toString(),
                        report.outageMinutes(), (a, b) -> new OutageMinutes(a.visible() + b.visible(),
                                a.total() + b.total()));
            }
        }
        OptionalDouble meanTimeToRestore = reports.stream()
                .map(report -> OutageMinutes.timeToRestore(report.content().serviceStates(), report.incidentEndedAt()))
                .flatMap(Optional::stream).mapToLong(Duration::toMinutes).average();
        return new Statistics(perCause, perService, perMonth,
                meanTimeToRestore.isPresent() ? meanTimeToRestore.getAsDouble() : null, reports.size());
    }

    /**
     * The revision that was published (not the one being edited since), without its internal fields, with the
     * action items that are not internal and that a publication showed (created before it).
     */
    private PublicReport publicView(Postmortem report) {
        PostmortemContent published = report.publishedContent;
        PostmortemContent content = published.publicView();
        OutageMinutes minutes = published.isInternal("serviceStates") ? null
                : OutageMinutes.of(content.serviceStates(), report.incidentEndedAt);
        List<ActionItem> items = actionItems.of(report.id).stream()
                .filter(item -> !item.internal && !item.createdAt.isAfter(report.publishedAt)).toList();
        return new PublicReport(report.id, report.publishedTitle, report.caseReference, report.publishedAt,
                report.incidentStartedAt, report.incidentEndedAt, report.publishedRevision, report.publishedAt,
                content, minutes, items);
    }
}
