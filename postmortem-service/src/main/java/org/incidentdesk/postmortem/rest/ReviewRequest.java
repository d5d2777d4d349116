package org.incidentdesk.postmortem.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Who reviews the report (staff user names). */
public record ReviewRequest(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> reviewers) {
}
