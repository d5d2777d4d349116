package org.incidentdesk.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.platform.problem.ProblemException;

class CaseLifecycleTest {

    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");

    @ParameterizedTest(name = "{0}: {1} -> {2} allowed: {3}")
    @CsvSource({
            "CONDUCT,     RECEIVED,      ASSESSING,              true",
            "CONDUCT,     RECEIVED,      INVESTIGATING,          false",
            "CONDUCT,     ASSESSING,     CLOSED_NOT_A_VIOLATION, true",
            "CONDUCT,     ASSESSING,     INVESTIGATING,          true",
            "CONDUCT,     INVESTIGATING, DECIDING,               true",
            "CONDUCT,     INVESTIGATING, CLOSED_WITH_DECISION,   false",
            "CONDUCT,     DECIDING,      CLOSED_WITH_DECISION,   true",
            "CONDUCT,     DECIDING,      INVESTIGATING,          true",
            "CONDUCT,     RECEIVED,      CLOSED,                 false",
            "OPERATIONAL, OPEN,          INVESTIGATING,          true",
            "OPERATIONAL, OPEN,          CLOSED,                 true",
            "OPERATIONAL, OPEN,          RESOLVED,               false",
            "OPERATIONAL, INVESTIGATING, MITIGATED,              true",
            "OPERATIONAL, INVESTIGATING, RESOLVED,               true",
            "OPERATIONAL, INVESTIGATING, CLOSED,                 false",
            "OPERATIONAL, MITIGATED,     INVESTIGATING,          true",
            "OPERATIONAL, RESOLVED,      CLOSED,                 true",
            "OPERATIONAL, RESOLVED,      INVESTIGATING,          true",
            "OPERATIONAL, OPEN,          DECIDING,               false",
    })
    void eachFamilyAllowsItsOwnMoves(CaseFamily family, CaseStatus from, CaseStatus to, boolean allowed) {
        assertThat(CaseLifecycle.allows(family, from, to)).isEqualTo(allowed);
    }

    @Test
    void closedStatesLeadNowhere() {
        for (CaseStatus closed : EnumSet.of(CaseStatus.CLOSED, CaseStatus.CLOSED_NOT_A_VIOLATION,
                CaseStatus.CLOSED_WITH_DECISION)) {
            assertThat(CaseLifecycle.nextFrom(CaseFamily.CONDUCT, closed)).isEmpty();
            assertThat(CaseLifecycle.nextFrom(CaseFamily.OPERATIONAL, closed)).isEmpty();
        }
    }

    @Test
    void aMoveRecordsWhoWhenAndWhyAndAnInvalidOneNamesTheAllowedOnes() {
        IncidentCase conduct = new IncidentCase();
        conduct.reference = "CASE-1";
        conduct.family = CaseFamily.CONDUCT;
        conduct.status = CaseStatus.RECEIVED;

        CaseTransition transition = conduct.moveTo(CaseStatus.ASSESSING, "First look", "irene", AT);

        assertThat(transition.from).isEqualTo(CaseStatus.RECEIVED);
        assertThat(transition.to).isEqualTo(CaseStatus.ASSESSING);
        assertThat(transition.changedBy).isEqualTo("irene");
        assertThat(transition.changedAt).isEqualTo(AT);
        assertThatThrownBy(() -> conduct.moveTo(CaseStatus.DECIDING, null, "irene", AT))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("CLOSED_NOT_A_VIOLATION or INVESTIGATING");
        assertThatThrownBy(() -> conduct.close("done", "irene", AT)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("conduct case");

        conduct.moveTo(CaseStatus.CLOSED_NOT_A_VIOLATION, "Out of scope: a content dispute", "irene", AT);
        assertThat(conduct.resolution).isEqualTo("Out of scope: a content dispute");
        assertThat(conduct.closedBy).isEqualTo("irene");
    }
}
