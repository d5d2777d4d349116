package org.incidentdesk.cases.rest;

import java.time.Instant;

import org.incidentdesk.cases.domain.CaseAccessRecord;

/** One access to a confidential case: who, what, when. */
public record AccessRecordView(String reader, String action, Instant at) {

    static AccessRecordView of(CaseAccessRecord record) {
        return new AccessRecordView(record.reader, record.action, record.readAt);
    }
}
