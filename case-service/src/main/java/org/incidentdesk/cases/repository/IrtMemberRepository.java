package org.incidentdesk.cases.repository;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.IrtMember;

@ApplicationScoped
public class IrtMemberRepository implements PanacheRepositoryBase<IrtMember, String> {

    public List<IrtMember> all() {
        return listAll(Sort.ascending("username"));
    }

    public List<IrtMember> active() {
        return list("active", Sort.ascending("username"), true);
    }
}
