package org.incidentdesk.postmortem.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.incidentdesk.postmortem.domain.Classification;
import org.incidentdesk.postmortem.domain.Postmortem;
import org.incidentdesk.postmortem.domain.PostmortemContent;
import org.incidentdesk.postmortem.domain.PostmortemRevision;
import org.incidentdesk.postmortem.repository.PostmortemRevisionRepository;

/** Saves a report's new content as its next revision, with who changed which fields: earlier ones stay. */
@ApplicationScoped
public class Revisions {

    private final PostmortemRevisionRepository revisions;

    public Revisions(PostmortemRevisionRepository revisions) {
        this.revisions = revisions;
    }

    /** @return the fields that changed; nothing is saved when none did */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> save(Postmortem report, String title, Classification classification,
            PostmortemContent content, String by, Instant at) {
        List<String> changed = changedFields(report, title, classification, content);
        if (changed.isEmpty()) {
            return changed;
        }
        report.title = title;
        report.classifyAs(classification);
        report.content = content;
        report.revision++;
        report.updatedBy = by;
        report.updatedAt = at;
        revisions.persist(PostmortemRevision.of(report, changed));
        return changed;
    }

    static List<String> changedFields(Postmortem report, String title, Classification classification,
            PostmortemContent content) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(report.title, title)) {
            changed.add("title");
        }
        if (report.classification != classification) {
            changed.add("classification");
        }
        PostmortemContent before = report.content;
        for (var component : PostmortemContent.class.getRecordComponents()) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(content))) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot compare " + component.getName(), e);
            }
        }
        return changed;
    }
}
