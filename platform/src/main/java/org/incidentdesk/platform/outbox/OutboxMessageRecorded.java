package org.incidentdesk.platform.outbox;

/** Fired when a message is added to the outbox; observed after the commit to publish it without waiting. */
public record OutboxMessageRecorded() {
}
