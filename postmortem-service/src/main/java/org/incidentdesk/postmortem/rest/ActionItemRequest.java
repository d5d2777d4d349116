package org.incidentdesk.postmortem.rest;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An action item to prevent a repeat.
 *
 * @param owner the staff member who sees to it
 * @param trackerUrl where it is tracked, e.g. a task in the bug tracker
 * @param internal left out of the public view
 */
public record ActionItemRequest(@NotBlank @Size(max = 2_000) String description,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}\\s@,]+", message = "must be a staff user name")
        String owner,
        @NotNull Instant dueAt,
        @Size(max = 2_000) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) URL") String trackerUrl,
        boolean internal) {
}
