package org.incidentdesk.intake.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Whose personal data to erase: a community user name or an email address (one of them). */
public record ErasureRequest(@Size(max = 85) String username, @Email @Size(max = 254) String email) {
}
