package org.incidentdesk.platform.outbox;

/**
 * Fired when a message is added to the outbox; observed after the commit to publish that message without
 * waiting and without searching the table for it.
 */
public record OutboxMessageRecorded(long messageId) {
}
