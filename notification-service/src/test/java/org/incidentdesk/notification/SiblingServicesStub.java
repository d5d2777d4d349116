package org.incidentdesk.notification;

import java.util.UUID;

import org.incidentdesk.testsupport.ServiceStub;

/**
 * Stands in for the two calls this service makes to others of ours: intake-service's reporter contact
 * ({@code GET /api/reports/{id}/contact}) and case-service's letters of saved replies
 * ({@code GET /api/cases/{id}/messages/{messageId}/letter}); the real ones are exercised end to end by the
 * launcher's WalkingSkeletonIT.
 */
public class SiblingServicesStub extends ServiceStub {

    public SiblingServicesStub() {
        super("quarkus.rest-client.intake.url", "quarkus.rest-client.cases.url");
    }

    /** Makes the stub answer {@code status} with {@code json} for the contact of report {@code reportId}. */
    static void answer(UUID reportId, int status, String json) {
        answer("api/reports/" + reportId + "/contact", status, json);
    }

    /** Makes the stub answer {@code status} with {@code json} for the letter of a case's message. */
    static void answerLetter(UUID caseId, UUID messageId, int status, String json) {
        answer("api/cases/" + caseId + "/messages/" + messageId + "/letter", status, json);
    }
}
