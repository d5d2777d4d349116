package org.incidentdesk.cases.repository;

import org.incidentdesk.cases.domain.CaseStatus;
import org.incidentdesk.events.CaseFamily;

/**
 * What the tracker's list is narrowed to; null or false: no narrowing.
 *
 * @param overdue only cases with a deadline past due and not met
 * @param mine only cases the caller is on the sub-team of, or holds a role of
 */
public record CaseFilter(CaseFamily kind, CaseStatus state, boolean overdue, boolean mine, String community) {
}
