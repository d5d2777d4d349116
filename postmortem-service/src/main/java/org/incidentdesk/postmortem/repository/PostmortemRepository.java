package org.incidentdesk.postmortem.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.incidentdesk.postmortem.domain.Classification;
import org.incidentdesk.postmortem.domain.Postmortem;

@ApplicationScoped
public class PostmortemRepository implements PanacheRepositoryBase<Postmortem, UUID> {

    public List<Postmortem> newestFirst() {
        return listAll(Sort.descending("createdAt"));
    }

    public boolean existsForCase(UUID caseId) {
        return count("caseId", caseId) > 0;
    }

    /**
     * Drafts of incidents whose case record was not read yet and not tried since {@code triedBefore}, oldest first,
     * locked so that another replica claims others.
     */
    @SuppressWarnings("unchecked")
    public List<Postmortem> lockToImport(Instant triedBefore, int limit) {
        return getEntityManager().createNativeQuery("select * from postmortem where imported_at is null"
                        + " and case_id is not null and (import_tried_at is null or import_tried_at < :triedBefore)"
                        + " order by created_at limit :limit for update skip locked", Postmortem.class)
                .setParameter("triedBefore", triedBefore)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * What the public may read: reports of operational incidents with a published revision, newest first. Both
     * conditions, though the database already refuses a public revision of anything else.
     */
    public List<Postmortem> published() {
        return list("publishedAt is not null and classification = ?1", Sort.descending("publishedAt"),
                Classification.OPERATIONAL);
    }

    public Optional<Postmortem> published(UUID id) {
        return find("id = ?1 and publishedAt is not null and classification = ?2", id, Classification.OPERATIONAL)
                .firstResultOptional();
    }
}
