package org.incidentdesk.postmortem.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.incidentdesk.postmortem.domain.Classification;

/**
 * A report staff start themselves; OPERATIONAL unless said otherwise.
 *
 * @param caseId the operational incident it is about, when it is about one that did not require a report: the
 *        draft is then filled from case-service's record of it
 */
public record NewPostmortem(@NotBlank @Size(max = 400) String title, Classification classification, UUID caseId) {
}
