package org.incidentdesk.postmortem;

import java.util.UUID;

import org.incidentdesk.testsupport.ServiceStub;

/**
 * Stands in for case-service's incident records ({@code GET /api/cases/{id}/incident-record}); the real one is
 * exercised end to end by the launcher's WalkingSkeletonIT.
 */
public class CaseServiceStub extends ServiceStub {

    public CaseServiceStub() {
        super("quarkus.rest-client.cases.url");
    }

    static void answerRecord(UUID caseId, int status, String json) {
        answer("api/cases/" + caseId + "/incident-record", status, json);
    }
}
