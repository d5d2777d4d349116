package org.incidentdesk.cases.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A sub-team member leaves.
 *
 * @param replacement who joins instead; when absent, the one the rules choose
 */
public record ReplacementRequest(@NotBlank @Size(max = 100) String leaving, @Size(min = 1, max = 100) String replacement) {
}
