package org.incidentdesk.cases.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.cases.domain.UserImpact;
import org.incidentdesk.cases.domain.UserType;
import org.incidentdesk.cases.repository.UserImpactRepository;
import org.incidentdesk.cases.security.CaseAccess;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.platform.problem.ProblemException;

/** The impact of an operational incident on each type of user, and its fallout (data lost, contributions rejected). */
@ApplicationScoped
public class IncidentImpact {

    /** What is known of the impact: per type of user, and the fallout. */
    public record Assessment(Map<UserType, String> impacts, String dataLost, String contributionsRejected) {
    }

    private final CaseAccess access;
    private final UserImpactRepository impacts;

    public IncidentImpact(CaseAccess access, UserImpactRepository impacts) {
        this.access = access;
        this.impacts = impacts;
    }

    @Transactional
    public Assessment of(UUID caseId, SecurityIdentity staff) {
        return assessmentOf(access.open(caseId, staff, "read impact"));
    }

    /** Replaces what is known of the impact with this assessment. */
    @Transactional
    public Assessment assess(UUID caseId, Assessment assessment, SecurityIdentity staff) {
        IncidentCase incidentCase = access.open(caseId, staff, "assess impact");
        if (incidentCase.family != CaseFamily.OPERATIONAL) {
            throw ProblemException.conflict(incidentCase.reference + " is a conduct case: it has no service impact");
        }
        impacts.delete("caseId", caseId);
        impacts.flush();
        assessment.impacts().forEach((userType, description) -> {
            UserImpact impact = new UserImpact();
            impact.caseId = caseId;
            impact.userType = userType;
            impact.description = description;
            impacts.persist(impact);
        });
        incidentCase.dataLost = assessment.dataLost();
        incidentCase.contributionsRejected = assessment.contributionsRejected();
        return assessmentOf(incidentCase);
    }

    private Assessment assessmentOf(IncidentCase incidentCase) {
        List<UserImpact> known = impacts.of(incidentCase.id);
        Map<UserType, String> byType = new EnumMap<>(UserType.class);
        known.forEach(impact -> byType.put(impact.userType, impact.description));
        return new Assessment(byType, incidentCase.dataLost, incidentCase.contributionsRejected);
    }
}
