package org.incidentdesk.intake.rest;

import java.util.List;
import java.util.UUID;

/** The reports whose personal data was erased. */
public record ErasureResult(List<UUID> erasedReports) {
}
