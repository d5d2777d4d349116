package org.incidentdesk.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.Route;

class ReportClassifierTest {

    private final ReportClassifier classifier = new ReportClassifier();

    @ParameterizedTest(name = "{0} -> {1} by rule {2}")
    @CsvSource({
            "EMERGENCY, EMERGENCY,      emergency",
            "SECURITY,  SECURITY,       security",
            "OUTAGE,    OUTAGE,         outage",
            "DATA_LOSS, OUTAGE,         data-loss",
            "CONDUCT,   CONDUCT_CASE,   conduct",
            "OTHER,     NOT_ACTIONABLE, not-an-incident",
    })
    void routesEachKindByItsRule(ReportKind kind, Route expectedRoute, String expectedRule) {
        Classification classification = classifier.classify(report(kind));

        assertThat(classification.route()).isEqualTo(expectedRoute);
        assertThat(classification.rule()).isEqualTo(expectedRule);
        assertThat(classification.reason()).isNotBlank();
    }

    private static ReportSubmitted report(ReportKind kind) {
        return new ReportSubmitted(UUID.randomUUID(), kind, null, null, ReportSource.ANONYMOUS,
                "en.example", null, null, null, "en", false, false, Instant.EPOCH);
    }
}
