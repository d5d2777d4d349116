package org.incidentdesk.cases.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Days away, both inclusive, in the member's time zone. */
public record AbsenceRequest(@NotNull LocalDate from, @NotNull LocalDate until) {
}
