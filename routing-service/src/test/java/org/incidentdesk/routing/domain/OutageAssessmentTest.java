package org.incidentdesk.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.incidentdesk.events.OutageImpact;
import org.incidentdesk.events.OutageScope;
import org.incidentdesk.events.OutageSeverity;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;

class OutageAssessmentTest {

    @ParameterizedTest(name = "{0} {1} on {2} with {3} other communities out -> {4}, {5}")
    @CsvSource({
            "OUTAGE,    FULL_OUTAGE,    en.example, 0, HIGH,     ONE_COMMUNITY",
            "OUTAGE,    FULL_OUTAGE,    en.example, 2, CRITICAL, MANY_COMMUNITIES",
            "OUTAGE,    FULL_OUTAGE,    all,        0, CRITICAL, ALL_COMMUNITIES",
            "OUTAGE,    PARTIAL_OUTAGE, en.example, 0, MEDIUM,   ONE_COMMUNITY",
            "OUTAGE,    PARTIAL_OUTAGE, all,        0, HIGH,     ALL_COMMUNITIES",
            "OUTAGE,    DEGRADED,       en.example, 0, LOW,      ONE_COMMUNITY",
            "OUTAGE,    DEGRADED,       en.example, 1, MEDIUM,   MANY_COMMUNITIES",
            "OUTAGE,    ,               en.example, 0, MEDIUM,   ONE_COMMUNITY",
            "DATA_LOSS, DEGRADED,       en.example, 0, HIGH,     ONE_COMMUNITY",
    })
    void severityFollowsImpactAndScope(ReportKind kind, OutageImpact impact, String community, long others,
            OutageSeverity severity, OutageScope scope) {
        ReportSubmitted report = new ReportSubmitted(UUID.randomUUID(), kind, null, null, ReportSource.ANONYMOUS,
                community, "MediaWiki", impact, null, "en", false, false, Instant.EPOCH);

        assertThat(OutageAssessment.of(report, others)).isEqualTo(new OutageAssessment(severity, scope));
    }
}
