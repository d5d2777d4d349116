package org.incidentdesk.cases.rest;

import jakarta.validation.constraints.NotNull;

import org.incidentdesk.cases.domain.ServiceState;

public record ServiceStateRequest(@NotNull ServiceState state) {
}
