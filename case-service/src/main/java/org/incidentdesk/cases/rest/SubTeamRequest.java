package org.incidentdesk.cases.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The IRT members who form the sub-team: the proposal as it came, or changed. */
public record SubTeamRequest(@NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 100) String> members) {
}
