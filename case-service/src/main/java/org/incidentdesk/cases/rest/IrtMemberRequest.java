package org.incidentdesk.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An IRT member's entry.
 *
 * @param timeZone where they work from, e.g. Europe/Berlin
 * @param active whether they serve on sub-teams
 */
public record IrtMemberRequest(@NotBlank @TimeZoneId String timeZone, @NotNull Boolean active) {
}
