package org.incidentdesk.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.domain.CaseEvidence;
import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.domain.InterviewNote;
import org.incidentdesk.cases.repository.CaseEvidenceRepository;
import org.incidentdesk.cases.repository.CasePartyRepository;
import org.incidentdesk.cases.repository.InterviewNoteRepository;
import org.incidentdesk.cases.security.CaseAccess;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;

/** The evidence and interview notes of a conduct case: confidential, and every read of them audited. */
@ApplicationScoped
public class Investigation {

    private final CaseAccess access;
    private final CaseEvidenceRepository evidence;
    private final InterviewNoteRepository notes;
    private final CasePartyRepository parties;
    private final Clock clock;

    public Investigation(CaseAccess access, CaseEvidenceRepository evidence, InterviewNoteRepository notes,
            CasePartyRepository parties, Clock clock) {
        this.access = access;
        this.evidence = evidence;
        this.notes = notes;
        this.parties = parties;
        this.clock = clock;
    }

    @Transactional
    public List<CaseEvidence> evidenceOf(UUID caseId, SecurityIdentity staff) {
        return evidence.of(access.open(caseId, staff, "read evidence").id);
    }

    @Transactional
    public CaseEvidence addEvidence(UUID caseId, String description, String link, SecurityIdentity staff) {
        IncidentCase incidentCase = investigated(caseId, staff, "add evidence");
        CaseEvidence piece = new CaseEvidence();
        piece.id = UUID.randomUUID();
        piece.caseId = incidentCase.id;
        piece.description = description;
        piece.link = link;
        piece.addedBy = staff.getPrincipal().getName();
        piece.addedAt = Instant.now(clock);
        evidence.persist(piece);
        return piece;
    }

    @Transactional
    public List<InterviewNote> notesOf(UUID caseId, SecurityIdentity staff) {
        return notes.of(access.open(caseId, staff, "read interview notes").id);
    }

    @Transactional
    public InterviewNote addNote(UUID caseId, UUID partyId, String text, SecurityIdentity staff) {
        IncidentCase incidentCase = investigated(caseId, staff, "write interview note");
        if (partyId != null && parties.findByIdOptional(partyId).filter(p -> p.caseId.equals(caseId)).isEmpty()) {
            throw ProblemException.invalid("No party " + partyId + " on " + incidentCase.reference,
                    new Problem.FieldViolation("partyId", "must be a party of the case"));
        }
        InterviewNote note = new InterviewNote();
        note.id = UUID.randomUUID();
        note.caseId = incidentCase.id;
        note.partyId = partyId;
        note.text = text;
        note.writtenBy = staff.getPrincipal().getName();
        note.writtenAt = Instant.now(clock);
        notes.persist(note);
        return note;
    }

    private IncidentCase investigated(UUID caseId, SecurityIdentity staff, String action) {
        IncidentCase incidentCase = access.open(caseId, staff, action);
        if (incidentCase.family != CaseFamily.CONDUCT) {
            throw ProblemException.conflict(incidentCase.reference + " is an operational incident: evidence and "
                    + "interviews belong to conduct cases; write on its timeline");
        }
        if (incidentCase.status.isClosed()) {
            throw ProblemException.conflict(incidentCase.reference + " is closed");
        }
        return incidentCase;
    }
}
