package org.incidentdesk.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** @param holder the user name of the staff member who takes the role */
public record HandOffRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}._@-]+", message = "must be a user name") String holder) {
}
