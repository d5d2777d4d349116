package org.incidentdesk.intake.rest;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.URL;

import org.incidentdesk.events.BehaviourType;
import org.incidentdesk.events.CommunityName;
import org.incidentdesk.events.EmergencyType;
import org.incidentdesk.events.OutageImpact;
import org.incidentdesk.events.ReportKind;

/**
 * What happened, whoever reports it. Text is stored as text (encrypted) and never rendered as HTML.
 *
 * @param emergencyType required for, and only for, an emergency
 * @param behaviour required for, and only for, a conduct report
 * @param affectedService for outages and lost data: a service of the catalogue
 * @param where the page, revision, comment or topic where it happened
 * @param reportedUser the account the report is about, if any
 * @param reportedPartyMayBeTold whether the reporter agrees that the reported party may be told (default no)
 */
public record ReportContent(
        @NotNull ReportKind kind,
        EmergencyType emergencyType,
        BehaviourType behaviour,
        @NotBlank @Size(max = 100)
        @Pattern(regexp = CommunityName.PATTERN, message = CommunityName.MESSAGE)
        String community,
        @NotBlank @Size(max = 200) String summary,
        @Size(max = 10_000) String details,
        @Size(max = 100) String affectedService,
        OutageImpact impact,
        @Size(max = 2_000) String symptoms,
        @PastOrPresent Instant since,
        @Size(max = 2_000) @URL(regexp = "^(?i)https?://.*", message = "must be an http or https URL") String url,
        @Valid Location where,
        @Size(max = 85) String reportedUser,
        Boolean reportedPartyMayBeTold) {

    /** Where on the community it happened; any of the fields may be given. */
    public record Location(
            @Size(max = 255) String page,
            @Positive Long revision,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_.:-]+", message = "must be a comment id") String commentId,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_.:-]+", message = "must be a topic id") String topicId) {
    }
}
