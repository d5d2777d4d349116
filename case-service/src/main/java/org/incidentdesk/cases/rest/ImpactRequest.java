package org.incidentdesk.cases.rest;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.incidentdesk.cases.domain.UserType;

/**
 * What is known of an incident's impact; replaces what was known before.
 *
 * @param impacts per type of user, in words (e.g. READERS: "pages load in 20 s")
 * @param dataLost fallout: the data lost, when any
 * @param contributionsRejected fallout: the contributions rejected, when any
 */
public record ImpactRequest(@NotNull Map<@NotNull UserType, @NotBlank @Size(max = 2000) String> impacts,
        @Size(max = 2000) String dataLost, @Size(max = 2000) String contributionsRejected) {
}
