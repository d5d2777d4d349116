package org.incidentdesk.cases.rest;

import jakarta.validation.constraints.Email;
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
 * @param email where saved replies reach them (the reporter of a report is reached without it)
 * @param language the language they read, e.g. {@code de}
 */
public record PartyRequest(@NotNull PartyRole role,
        @NotBlank @Size(max = 255) @Pattern(regexp = "[^\\p{Cntrl}]+", message = "must be a user name") String username,
        @TimeZoneId String timeZone,
        @Email @Size(max = 320) String email,
        @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", message = "must be a language tag")
        String language) {
}
