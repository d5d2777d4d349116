package org.incidentdesk.cases.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.SubTeamMembership;

@ApplicationScoped
public class SubTeamMembershipRepository implements PanacheRepositoryBase<SubTeamMembership, Long> {

    /** Who is on the case's sub-team now, in the order they joined. */
    public List<SubTeamMembership> current(UUID caseId) {
        return list("caseId = ?1 and leftAt is null", Sort.ascending("joinedAt", "id"), caseId);
    }

    /** Every membership the case's sub-team had, current and past, in the order they began. */
    public List<SubTeamMembership> history(UUID caseId) {
        return list("caseId", Sort.ascending("joinedAt", "id"), caseId);
    }

    public boolean isCurrentMember(UUID caseId, String member) {
        return count("caseId = ?1 and member = ?2 and leftAt is null", caseId, member) > 0;
    }

    /** How many open cases each of these members investigates now. */
    public Map<String, Long> openCasesOf(Collection<String> members) {
        List<Object[]> rows = getEntityManager().createQuery("select m.member, count(m) from SubTeamMembership m,"
                        + " IncidentCase c where c.id = m.caseId and m.leftAt is null and m.member in :members"
                        + " and c.closedAt is null group by m.member", Object[].class)
                .setParameter("members", members).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
