package org.incidentdesk.postmortem.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import org.incidentdesk.postmortem.domain.PostmortemRevision;

@ApplicationScoped
public class PostmortemRevisionRepository implements PanacheRepository<PostmortemRevision> {

    public List<PostmortemRevision> of(UUID postmortemId) {
        return list("postmortemId", Sort.ascending("revision"), postmortemId);
    }
}
