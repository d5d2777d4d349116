package org.incidentdesk.notification.client;

/** How to write to a reporter, as intake-service gives it for one message. Never stored, never logged. */
public record ReporterContact(String email, String language) {
}
