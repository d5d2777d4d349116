package org.incidentdesk.cases.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.IncidentCase;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.Route;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<IncidentCase, UUID> {

    /** A page of the cases on these routes that pass the filter, newest first, and how many pass in all. */
    public Page<IncidentCase> search(Collection<Route> routes, CaseFilter filter, String caller,
            boolean seesEveryConductCase, Instant now, int page, int size) {
        if (routes.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        StringBuilder where = new StringBuilder("from IncidentCase c where c.route in :routes");
        Parameters parameters = Parameters.with("routes", routes);
        if (filter.kind() != null) {
            where.append(" and c.family = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.state() != null) {
            where.append(" and c.status = :state");
            parameters.and("state", filter.state());
        }
        if (filter.community() != null) {
            where.append(" and c.community = :community");
            parameters.and("community", filter.community());
        }
        if (filter.overdue()) {
            where.append(" and exists (select 1 from CaseDeadline d where d.caseId = c.id and d.metAt is null"
                    + " and d.dueAt < :now)");
            parameters.and("now", now);
        }
        if ((filter.community() != null || filter.overdue()) && !seesEveryConductCase) {
            // conduct cases the caller may only know to exist cannot be told apart by fields they may not see
            where.append(" and (c.route <> :conductCase or exists (select 1 from SubTeamMembership v"
                    + " where v.caseId = c.id and v.member = :viewer and v.leftAt is null))");
            parameters.and("conductCase", Route.CONDUCT_CASE).and("viewer", caller);
        }
        if (filter.mine()) {
            where.append(" and (c.communicator = :me or c.diagnosisLead = :me or exists (select 1 from SubTeamMembership m"
                    + " where m.caseId = c.id and m.member = :me and m.leftAt is null))");
            parameters.and("me", caller);
        }
        PanacheQuery<IncidentCase> query = find(where.toString(), Sort.descending("openedAt").and("id"), parameters);
        return new Page<>(query.page(page, size).list(), query.count());
    }

    /** One page of a list, and how many items the whole list has. */
    public record Page<T>(List<T> items, long total) {
    }

    /** A human reference such as {@code INC-12} (operational) or {@code CASE-7} (conduct). */
    public String nextReference(CaseFamily family) {
        boolean conduct = family == CaseFamily.CONDUCT;
        Number next = (Number) getEntityManager()
                .createNativeQuery(conduct ? "select nextval('conduct_case_reference_seq')"
                        : "select nextval('operational_case_reference_seq')")
                .getSingleResult();
        return (conduct ? "CASE-" : "INC-") + next.longValue();
    }
}
