package org.incidentdesk.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.incidentdesk.cases.domain.PartyRole;

/**
 * A person involved in a conduct case.
 *
 * @param username their wiki user name
 * @param timeZone where they live, when known (the sub-team must lie within the spread of it)
 */
public record PartyRequest(@NotNull PartyRole role,
        @NotBlank @Size(max = 255) @Pattern(regexp = "[^\\p{Cntrl}]+", message = "must be a user name") String username,
        @TimeZoneId String timeZone) {
}
