package org.incidentdesk.postmortem.domain;

/** Draft, in review (reviewers recorded), approved (by the director or deputy), published. */
public enum PostmortemStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    PUBLISHED
}
