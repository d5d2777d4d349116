package org.incidentdesk.cases.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.IrtAbsence;

@ApplicationScoped
public class IrtAbsenceRepository implements PanacheRepositoryBase<IrtAbsence, UUID> {

    public List<IrtAbsence> of(String member) {
        return list("member", Sort.ascending("startsOn"), member);
    }

    /** The absences of these members that have not ended before {@code from}. */
    public List<IrtAbsence> ofMembersFrom(Collection<String> members, LocalDate from) {
        return list("member in ?1 and endsOn >= ?2", members, from);
    }
}
