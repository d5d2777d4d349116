package org.incidentdesk.cases.domain;

import static org.incidentdesk.cases.domain.CaseStatus.ASSESSING;
import static org.incidentdesk.cases.domain.CaseStatus.CLOSED;
import static org.incidentdesk.cases.domain.CaseStatus.CLOSED_NOT_A_VIOLATION;
import static org.incidentdesk.cases.domain.CaseStatus.CLOSED_WITH_DECISION;
import static org.incidentdesk.cases.domain.CaseStatus.DECIDING;
import static org.incidentdesk.cases.domain.CaseStatus.INVESTIGATING;
import static org.incidentdesk.cases.domain.CaseStatus.MITIGATED;
import static org.incidentdesk.cases.domain.CaseStatus.OPEN;
import static org.incidentdesk.cases.domain.CaseStatus.RECEIVED;
import static org.incidentdesk.cases.domain.CaseStatus.RESOLVED;

import java.util.Map;
import java.util.Set;

import org.incidentdesk.events.CaseFamily;

/**
 * The state machines of the two families: from each state, the states a case may move to. Closed states lead
 * nowhere. An operational incident may be closed straight from open (a false alarm, a duplicate); a resolved or
 * mitigated one may go back to investigating when the problem returns; a conduct case being decided may go back
 * to investigating when the sub-team needs more.
 */
public final class CaseLifecycle {

    private static final Map<CaseStatus, Set<CaseStatus>> CONDUCT = Map.of(
            RECEIVED, Set.of(ASSESSING),
            ASSESSING, Set.of(CLOSED_NOT_A_VIOLATION, INVESTIGATING),
            INVESTIGATING, Set.of(DECIDING),
            DECIDING, Set.of(CLOSED_WITH_DECISION, INVESTIGATING));

    private static final Map<CaseStatus, Set<CaseStatus>> OPERATIONAL = Map.of(
            OPEN, Set.of(INVESTIGATING, CLOSED),
            INVESTIGATING, Set.of(MITIGATED, RESOLVED),
            MITIGATED, Set.of(RESOLVED, INVESTIGATING),
            RESOLVED, Set.of(CLOSED, INVESTIGATING));

    private CaseLifecycle() {
    }

    public static Set<CaseStatus> nextFrom(CaseFamily family, CaseStatus from) {
        return (family == CaseFamily.CONDUCT ? CONDUCT : OPERATIONAL).getOrDefault(from, Set.of());
    }

    public static boolean allows(CaseFamily family, CaseStatus from, CaseStatus to) {
        return nextFrom(family, from).contains(to);
    }
}
