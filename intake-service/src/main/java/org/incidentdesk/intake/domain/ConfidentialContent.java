package org.incidentdesk.intake.domain;

/**
 * Everything of a report that may identify a person or that is free text: stored only encrypted, under the
 * report's own key, and never logged or put in an event.
 */
public record ConfidentialContent(
        String summary,
        String details,
        String symptoms,
        String url,
        String reporterUsername,
        String reporterEmail,
        String reportedUser,
        String page,
        Long revision,
        String commentId,
        String topicId) {

    /** Only the reporter's identity and the text, e.g. for an emailed report. */
    public static ConfidentialContent of(String summary, String details, String reporterUsername, String reporterEmail) {
        return new ConfidentialContent(summary, details, null, null, reporterUsername, reporterEmail, null, null, null,
                null, null);
    }
}
