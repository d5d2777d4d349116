package org.incidentdesk.cases.repository;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.cases.domain.TimelineEntry;

@ApplicationScoped
public class TimelineEntryRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {

    /** Those of the case, oldest first. */
    public List<TimelineEntry> of(UUID caseId) {
        return list("caseId", Sort.ascending("at", "seq"), caseId);
    }
}
