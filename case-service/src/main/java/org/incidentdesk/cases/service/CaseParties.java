package org.incidentdesk.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.domain.CaseParty;
import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.domain.PartyRole;
import org.incidentdesk.cases.repository.CasePartyRepository;
import org.incidentdesk.cases.security.CaseAccess;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.platform.problem.ProblemException;

/** The people involved in a conduct case: its reporter, the reported party, witnesses. */
@ApplicationScoped
public class CaseParties {

    private final CaseAccess access;
    private final CasePartyRepository parties;
    private final Clock clock;

    public CaseParties(CaseAccess access, CasePartyRepository parties, Clock clock) {
        this.access = access;
        this.parties = parties;
        this.clock = clock;
    }

    /** Someone to add to a case: their role, wiki user name, and what is known of how to reach them. */
    public record NewParty(PartyRole role, String username, String timeZone, String email, String language) {
    }

    /** A party, and whether they may be contacted. */
    public record Involved(CaseParty party, boolean mayBeContacted) {
    }

    @Transactional
    public List<Involved> of(UUID caseId, SecurityIdentity staff) {
        IncidentCase incidentCase = access.open(caseId, staff, "read parties");
        return parties.of(incidentCase.id).stream()
                .map(party -> new Involved(party, mayBeContacted(incidentCase, party))).toList();
    }

    @Transactional
    public Involved add(UUID caseId, NewParty request, SecurityIdentity staff) {
        PartyRole role = request.role();
        String username = request.username();
        IncidentCase incidentCase = access.open(caseId, staff, "add party");
        if (incidentCase.family != CaseFamily.CONDUCT) {
            throw ProblemException.conflict(incidentCase.reference + " is an operational incident: it has no parties");
        }
        if (incidentCase.status.isClosed()) {
            throw ProblemException.conflict(incidentCase.reference + " is closed");
        }
        if (parties.count("caseId = ?1 and role = ?2 and username = ?3", caseId, role, username) > 0) {
            throw ProblemException.conflict(username + " is already a " + role + " of " + incidentCase.reference);
        }
        CaseParty party = new CaseParty();
        party.id = UUID.randomUUID();
        party.caseId = caseId;
        party.role = role;
        party.username = username;
        party.timeZone = request.timeZone();
        party.email = request.email();
        party.language = request.language();
        party.addedBy = staff.getPrincipal().getName();
        party.addedAt = Instant.now(clock);
        parties.persist(party);
        return new Involved(party, mayBeContacted(incidentCase, party));
    }

    /** The reported party is contacted only if the reporter agreed; the others always may be. */
    public static boolean mayBeContacted(IncidentCase incidentCase, CaseParty party) {
        return party.role != PartyRole.REPORTED_PARTY || incidentCase.reportedPartyMayBeTold;
    }

    public List<CaseParty> ofCase(UUID caseId) {
        return parties.of(caseId);
    }
}
