package org.incidentdesk.cases.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.incidentdesk.cases.domain.CaseAccessRecord;
import org.incidentdesk.cases.repository.CaseAccessRecordRepository;

/**
 * The record of accesses to confidential cases. Each is written in a transaction of its own, so that it stays
 * when the request it belongs to fails or is refused.
 */
@ApplicationScoped
public class CaseAccessAudit {

    private final CaseAccessRecordRepository records;
    private final Clock clock;

    public CaseAccessAudit(CaseAccessRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(UUID caseId, String reader, String action) {
        CaseAccessRecord record = new CaseAccessRecord();
        record.caseId = caseId;
        record.reader = reader;
        record.action = action;
        record.readAt = Instant.now(clock);
        records.persist(record);
    }

    public List<CaseAccessRecord> of(UUID caseId) {
        return records.of(caseId);
    }
}
