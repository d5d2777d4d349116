package org.incidentdesk.postmortem.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.incidentdesk.postmortem.domain.ActionItem;

@ApplicationScoped
public class ActionItemRepository implements PanacheRepositoryBase<ActionItem, UUID> {

    public List<ActionItem> of(UUID postmortemId) {
        return list("postmortemId", Sort.ascending("dueAt").and("id"), postmortemId);
    }

    /** Undone items past their due date, not announced yet, locked so that replicas take others. */
    @SuppressWarnings("unchecked")
    public List<ActionItem> lockOverdue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("select * from action_item where due_at < :now and done_at is null"
                        + " and overdue_at is null order by due_at limit :limit for update skip locked", ActionItem.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }
}
