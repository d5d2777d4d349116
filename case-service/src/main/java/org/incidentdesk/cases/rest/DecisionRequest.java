package org.incidentdesk.cases.rest;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.incidentdesk.cases.domain.DecisionKind;

/**
 * The decision of a conduct case.
 *
 * @param responsePlan the reply issued to the reported party
 * @param endsAt when a temporary ban ends (required for it, absent for the others)
 */
public record DecisionRequest(@NotNull DecisionKind kind, @NotBlank @Size(max = 20_000) String responsePlan,
        Instant endsAt) {
}
