package org.incidentdesk.cases.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.IrtConnection;

@ApplicationScoped
public class IrtConnectionRepository implements PanacheRepositoryBase<IrtConnection, UUID> {

    public List<IrtConnection> of(String member) {
        return list("member", Sort.ascending("declaredAt"), member);
    }

    public List<IrtConnection> ofMembers(Collection<String> members) {
        return list("member in ?1", members);
    }

    public boolean declared(String member, String connectedTo) {
        return count("member = ?1 and connectedTo = ?2", member, connectedTo) > 0;
    }
}
