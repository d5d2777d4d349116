package org.incidentdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.events.AlertResolved;
import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.OutageAlertResolved;
import org.incidentdesk.events.OutageImpact;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.routing.domain.OutageIncident;
import org.incidentdesk.testsupport.PostgresTestResource;

/**
 * Reports about one outage make one incident, against the real broker and database: a storm of 10,000, and a
 * race of reports whose keys spread them over partitions that two consumers of the group read in parallel.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = KafkaTestResource.TOPICS,
        value = RoutingTopics.PARTITIONED))
@WithTestResource(OidcTestResource.class)
class OutageCoalescingTest {

    private static final int STORM = 10_000;
    private static final Duration STORM_TIMEOUT = Duration.ofMinutes(4);

    @Inject
    EntityManager database;

    @Test
    void aStormOfTenThousandReportsIsOneIncidentWithEveryReportLinked() {
        String service = "Storm-" + UUID.randomUUID();
        List<Map.Entry<String, String>> storm = new ArrayList<>(STORM);
        List<UUID> reportIds = new ArrayList<>(STORM);
        IntStream.range(0, STORM).forEach(i -> {
            EventEnvelope<ReportSubmitted> report = outageReport(service, i == 0 ? ReportSource.MONITORING_ALERT
                    : ReportSource.ANONYMOUS);
            reportIds.add(report.payload().reportId());
            storm.add(Map.entry(report.aggregateId(), EventCodec.encode(report)));
        });

        KafkaTestClient.sendAll(Topics.REPORT_SUBMITTED, storm);

        await().atMost(STORM_TIMEOUT).pollInterval(Duration.ofSeconds(2))
                .until(() -> linkedReports(service) == STORM);
        assertThat(incidentsOf(service)).as("one incident for the whole storm").isEqualTo(1);
        assertThat(reportCountOf(service)).isEqualTo(STORM);
        List<ReportRouted> opened = KafkaTestClient.readMatching(Topics.REPORT_ROUTED,
                value -> value.contains(service) && value.contains("\"opensIncident\":true"), 2, Duration.ofSeconds(20))
                .stream().map(value -> EventCodec.decode(value, ReportRouted.class).payload()).toList();
        assertThat(opened).as("one report opened it; the other 9,999 only attached").hasSize(1);

        UUID firstReport = reportIds.get(0);
        AlertResolved resolved = new AlertResolved(firstReport, "prometheus", "StormDown", Instant.now(), "en.example",
                service);
        KafkaTestClient.send(Topics.ALERT_RESOLVED, resolved.aggregateId(),
                EventCodec.encode(EventEnvelope.wrap(resolved, Instant.now())));
        OutageAlertResolved passedOn = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.OUTAGE_ALERT_RESOLVED,
                value -> value.contains(firstReport.toString()), Duration.ofSeconds(30)), OutageAlertResolved.class)
                .payload();
        assertThat(passedOn.incidentId()).isEqualTo(opened.get(0).outage().incidentId());
    }

    @Test
    void reportsSpreadOverPartitionsStillMakeOneIncident() {
        String service = "Race-" + UUID.randomUUID();
        List<Map.Entry<String, String>> reports = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            EventEnvelope<ReportSubmitted> report = outageReport(service, ReportSource.ANONYMOUS);
            // keyed by report id, as a producer unaware of the outage key would: the reports land on every partition
            reports.add(Map.entry(report.payload().reportId().toString(), EventCodec.encode(report)));
        }

        KafkaTestClient.sendAll(Topics.REPORT_SUBMITTED, reports);

        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> linkedReports(service) == reports.size());
        assertThat(incidentsOf(service)).isEqualTo(1);
        assertThat(reportCountOf(service)).isEqualTo(reports.size());
    }

    @Test
    void reportsAfterTheCaseClosedOpenANewIncident() {
        String service = "Closed-" + UUID.randomUUID();
        ReportRouted first = routeOne(outageReport(service, ReportSource.ANONYMOUS));
        ReportRouted second = routeOne(outageReport(service, ReportSource.ANONYMOUS));
        assertThat(second.outage().incidentId()).isEqualTo(first.outage().incidentId());
        assertThat(second.outage().opensIncident()).isFalse();
        assertThat(second.outage().reportCount()).isEqualTo(2);

        CaseClosed closed = new CaseClosed(UUID.randomUUID(), "INC-1", CaseFamily.OPERATIONAL, Route.OUTAGE,
                "Outage", false, true, "Fixed", "ian", Instant.now(), first.outage().incidentId(),
                first.reportId());
        KafkaTestClient.send(Topics.CASE_CLOSED, closed.aggregateId(),
                EventCodec.encode(EventEnvelope.wrap(closed, Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> database.find(OutageIncident.class, first.outage().incidentId()).state == OutageIncident.State.CLOSED));

        ReportRouted afterwards = routeOne(outageReport(service, ReportSource.ANONYMOUS));
        assertThat(afterwards.outage().opensIncident()).isTrue();
        assertThat(afterwards.outage().incidentId()).isNotEqualTo(first.outage().incidentId());
    }

    private static ReportRouted routeOne(EventEnvelope<ReportSubmitted> report) {
        KafkaTestClient.send(Topics.REPORT_SUBMITTED, report.aggregateId(), EventCodec.encode(report));
        String reportId = report.payload().reportId().toString();
        return EventCodec.decode(KafkaTestClient.awaitFirst(Topics.REPORT_ROUTED, value -> value.contains(reportId),
                Duration.ofSeconds(30)), ReportRouted.class).payload();
    }

    private long linkedReports(String service) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) database.createQuery(
                "select count(d) from RoutingDecision d, OutageIncident i where d.incidentId = i.id"
                        + " and i.affectedService = :service")
                .setParameter("service", service).getSingleResult());
    }

    private long incidentsOf(String service) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) database.createQuery(
                "select count(i) from OutageIncident i where i.affectedService = :service")
                .setParameter("service", service).getSingleResult());
    }

    private int reportCountOf(String service) {
        return QuarkusTransaction.requiringNew().call(() -> (Integer) database.createQuery(
                "select i.reportCount from OutageIncident i where i.affectedService = :service")
                .setParameter("service", service).getSingleResult());
    }

    private static EventEnvelope<ReportSubmitted> outageReport(String service, ReportSource source) {
        return EventEnvelope.wrap(new ReportSubmitted(UUID.randomUUID(), ReportKind.OUTAGE, null, null, source,
                "en.example", service, OutageImpact.FULL_OUTAGE, null, "en", false, false, Instant.now()), Instant.now());
    }
}
