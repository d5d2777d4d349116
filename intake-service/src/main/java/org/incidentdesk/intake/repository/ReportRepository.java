package org.incidentdesk.intake.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.domain.ReportStatus;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    private static final String OF_THE_CASE = "(id = :report or caseId = :case or outageIncidentId = :outage)";

    /**
     * Serialises the progress of the reports of one outage until the transaction ends: events about them arrive on
     * several topics at once, and each must see what the others did.
     */
    public void lockOutage(UUID outageIncidentId) {
        long key = outageIncidentId.getMostSignificantBits() ^ outageIncidentId.getLeastSignificantBits();
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(:key)").setParameter("key", key)
                .getSingleResult();
    }

    /** A report coalesced into the outage that already follows its case, if intake has learnt of the case. */
    public Optional<Report> followingACase(UUID outageIncidentId) {
        return find("outageIncidentId = ?1 and caseId is not null", outageIncidentId).firstResultOptional();
    }

    /**
     * Every report of a case (the one that opened it, those coalesced into its outage) joins it and moves forward
     * to the status, never back: one statement, however many reports a storm attached.
     *
     * @param outageIncidentId null for cases that are not about an outage
     */
    public void followCase(UUID caseId, UUID openingReportId, UUID outageIncidentId, ReportStatus status, Instant at) {
        Parameters ofTheCase = Parameters.with("case", caseId).and("report", openingReportId)
                .and("outage", outageIncidentId);
        update("caseId = :case where " + OF_THE_CASE, ofTheCase);
        update("status = :status, statusChangedAt = :at where " + OF_THE_CASE + " and status in :earlier",
                ofTheCase.and("status", status).and("at", at).and("earlier", status.earlier()));
    }
}
