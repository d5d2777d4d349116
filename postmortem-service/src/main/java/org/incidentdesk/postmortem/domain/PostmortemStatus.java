package org.incidentdesk.postmortem.domain;

/** Draft, then review, approval and publication (the workflow comes with the post-mortem issue). */
public enum PostmortemStatus {
    DRAFT
}
