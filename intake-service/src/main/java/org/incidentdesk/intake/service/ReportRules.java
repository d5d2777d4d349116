package org.incidentdesk.intake.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.platform.problem.Problem;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * The rules of a report that span fields: each kind's own fields, the service catalogue, and requests that are
 * not incidents (redirected, not accepted).
 */
@ApplicationScoped
public class ReportRules {

    private final ServiceCatalogue catalogue;

    public ReportRules(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Checks the report and puts its affected service in the catalogue's spelling. */
    public void check(Report report) {
        if (report.kind == ReportKind.OTHER) {
            throw ProblemException.notAnIncident("This is not an incident report. For help with using the wiki,"
                    + " your account or access, ask on your community's help desk or write to the support team.",
                    new Problem.FieldViolation("report.kind", "OTHER requests are redirected to support"));
        }
        requireExactlyFor(ReportKind.EMERGENCY, report.kind, report.emergencyType != null, "report.emergencyType");
        requireExactlyFor(ReportKind.CONDUCT, report.kind, report.behaviour != null, "report.behaviour");
        boolean operational = report.kind == ReportKind.OUTAGE || report.kind == ReportKind.DATA_LOSS;
        if (operational && report.affectedService == null) {
            throw invalid("report.affectedService", "is required for " + report.kind + ", one of " + catalogue.names());
        }
        if (report.affectedService != null) {
            report.affectedService = catalogue.find(report.affectedService)
                    .orElseThrow(() -> invalid("report.affectedService", "must be one of " + catalogue.names()));
        }
        if (!operational && (report.impact != null || report.outageSince != null)) {
            throw invalid(report.impact != null ? "report.impact" : "report.since", "is only for OUTAGE or DATA_LOSS");
        }
    }

    private static void requireExactlyFor(ReportKind kindOfField, ReportKind kind, boolean given, String field) {
        if (kind == kindOfField && !given) {
            throw invalid(field, "is required for " + kindOfField);
        }
        if (kind != kindOfField && given) {
            throw invalid(field, "is only for " + kindOfField);
        }
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalid("Invalid field: " + field + " " + message,
                new Problem.FieldViolation(field, message));
    }
}
