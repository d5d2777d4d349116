package org.incidentdesk.postmortem.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.incidentdesk.postmortem.domain.Classification;
import org.incidentdesk.postmortem.domain.Postmortem;
import org.incidentdesk.postmortem.domain.PostmortemStatus;

@ApplicationScoped
public class PostmortemRepository implements PanacheRepositoryBase<Postmortem, UUID> {

    public List<Postmortem> newestFirst() {
        return listAll(Sort.descending("createdAt"));
    }

    public boolean existsForCase(UUID caseId) {
        return count("caseId", caseId) > 0;
    }

    /** Drafts of incidents whose case record was not read yet, oldest first. */
    public List<Postmortem> toImport(int limit) {
        return find("importedAt is null and caseId is not null", Sort.ascending("createdAt")).page(0, limit).list();
    }

    /**
     * What the public may read: published reports of operational incidents, newest first. Both conditions, though
     * the database already refuses to publish anything else.
     */
    public List<Postmortem> published() {
        return list("status = ?1 and classification = ?2", Sort.descending("publishedAt"), PostmortemStatus.PUBLISHED,
                Classification.OPERATIONAL);
    }
}
