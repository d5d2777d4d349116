package org.incidentdesk.cases.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.incidentdesk.cases.domain.PartyMessage;
import org.incidentdesk.cases.domain.PartyRole;
import org.incidentdesk.cases.domain.SavedReply;

@ApplicationScoped
public class PartyMessageRepository implements PanacheRepositoryBase<PartyMessage, UUID> {

    public List<PartyMessage> of(UUID caseId) {
        return list("caseId", Sort.by("requestedAt").and("id"), caseId);
    }

    /** Whether {@code reply} reached a {@code recipient} of the case after {@code since}. */
    public boolean delivered(UUID caseId, SavedReply reply, PartyRole recipient, Instant since) {
        return count("caseId = ?1 and reply = ?2 and recipient = ?3 and status = ?4 and statusAt >= ?5", caseId,
                reply, recipient, PartyMessage.Status.DELIVERED, since) > 0;
    }
}
