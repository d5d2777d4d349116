package org.incidentdesk.intake.rest;

/** How to write to a report's reporter, for the services entitled to it (notification-service). */
public record ReporterContactView(String email, String language) {
}
