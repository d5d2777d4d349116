package org.incidentdesk.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.incidentdesk.events.OutageScope;
import org.incidentdesk.events.OutageSeverity;

class OutageIncidentTest {

    private static final Instant OPENED = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(30);

    private final OutageIncident incident = OutageIncident.open("outage|en.example|MediaWiki", "en.example",
            "MediaWiki", new OutageAssessment(OutageSeverity.MEDIUM, OutageScope.ONE_COMMUNITY), OPENED);

    @Test
    void takesReportsWithinTheWindowOfTheLastOne() {
        assertThat(incident.takesReportsAt(OPENED.plus(WINDOW), WINDOW)).isTrue();
        assertThat(incident.takesReportsAt(OPENED.plus(WINDOW).plusSeconds(1), WINDOW)).isFalse();

        incident.attach(new OutageAssessment(OutageSeverity.MEDIUM, OutageScope.ONE_COMMUNITY), OPENED.plus(WINDOW));

        assertThat(incident.takesReportsAt(OPENED.plus(WINDOW).plus(WINDOW), WINDOW))
                .as("the window slides with every report").isTrue();
    }

    @Test
    void keepsTheWorstSeverityAndWidestScopeItWasReportedWith() {
        incident.attach(new OutageAssessment(OutageSeverity.CRITICAL, OutageScope.MANY_COMMUNITIES), OPENED);
        incident.attach(new OutageAssessment(OutageSeverity.LOW, OutageScope.ONE_COMMUNITY), OPENED);

        assertThat(incident.severity).isEqualTo(OutageSeverity.CRITICAL);
        assertThat(incident.scope).isEqualTo(OutageScope.MANY_COMMUNITIES);
        assertThat(incident.reportCount).isEqualTo(3);
    }

    @Test
    void aLapsedOrClosedIncidentTakesNoMoreReports() {
        incident.lapse();
        assertThat(incident.takesReportsAt(OPENED, WINDOW)).isFalse();
        incident.close();
        assertThat(incident.takesReportsAt(OPENED, WINDOW)).isFalse();
    }
}
