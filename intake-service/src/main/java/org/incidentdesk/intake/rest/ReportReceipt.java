package org.incidentdesk.intake.rest;

import java.time.Instant;
import java.util.UUID;

/** What the reporter gets back: the report's id and when it was received. */
public record ReportReceipt(UUID id, Instant receivedAt) {
}
