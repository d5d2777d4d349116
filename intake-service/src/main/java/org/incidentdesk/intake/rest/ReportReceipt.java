package org.incidentdesk.intake.rest;

import java.time.Instant;
import java.util.UUID;

/**
 * What the reporter gets back. The receipt token is shown once: with it, and nothing else, the reporter can
 * follow the report's status at {@code statusUrl} (header {@code Receipt-Token}).
 */
public record ReportReceipt(UUID id, String receiptToken, String statusUrl, Instant receivedAt,
        HumanReply humanReply) {

    /** When to expect a human reply, in days. */
    public record HumanReply(int minDays, int maxDays, String message) {
    }
}
