package org.incidentdesk.intake.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How to reach an anonymous reporter, if they want to be reached. */
public record ContactRequest(
        @Email @Size(max = 254) String email,
        @Pattern(regexp = Languages.TAG, message = Languages.MESSAGE) String language) {
}
