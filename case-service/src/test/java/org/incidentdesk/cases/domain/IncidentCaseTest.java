package org.incidentdesk.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.Route;
import org.incidentdesk.platform.problem.ProblemException;

class IncidentCaseTest {

    @ParameterizedTest(name = "{0} requires a post-mortem: {1}")
    @CsvSource({ "OUTAGE, true", "SECURITY, true", "CONDUCT_CASE, false", "EMERGENCY, false" })
    void postmortemIsRequiredForOutagesAndSecurityIncidents(Route route, boolean required) {
        IncidentCase incidentCase = new IncidentCase();
        incidentCase.route = route;

        assertThat(incidentCase.requiresPostmortem()).isEqualTo(required);
    }

    @Test
    void closingRecordsWhoAndWhenAndCannotBeRepeated() {
        IncidentCase incidentCase = new IncidentCase();
        incidentCase.reference = "INC-1";
        incidentCase.family = CaseFamily.OPERATIONAL;
        incidentCase.status = CaseStatus.OPEN;
        Instant at = Instant.parse("2026-11-21T10:00:00Z");

        incidentCase.close("Restarted", "ian", at);

        assertThat(incidentCase.status).isEqualTo(CaseStatus.CLOSED);
        assertThat(incidentCase.closedBy).isEqualTo("ian");
        assertThat(incidentCase.closedAt).isEqualTo(at);
        assertThatThrownBy(() -> incidentCase.close("again", "ian", at))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("it is closed");
    }
}
