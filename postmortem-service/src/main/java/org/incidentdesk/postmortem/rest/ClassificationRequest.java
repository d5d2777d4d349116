package org.incidentdesk.postmortem.rest;

import jakarta.validation.constraints.NotNull;

import org.incidentdesk.postmortem.domain.Classification;

public record ClassificationRequest(@NotNull Classification classification) {
}
