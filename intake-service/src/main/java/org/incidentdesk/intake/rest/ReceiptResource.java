package org.incidentdesk.intake.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.incidentdesk.events.Route;
import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.domain.ReportStatus;
import org.incidentdesk.intake.service.CommunityRulesBook;
import org.incidentdesk.intake.service.ReportReader;
import org.incidentdesk.platform.problem.ProblemException;

/**
 * The reporter's view of their report, with the receipt token they were given: its status and what happens
 * next, nothing else. A wrong token and an unknown report get the same 404.
 */
@Path("/api/reports/{id}/status")
@Tag(name = "Receipts")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptResource {

    public static final String TOKEN_HEADER = "Receipt-Token";

    private final ReportReader reader;
    private final CommunityRulesBook communities;

    public ReceiptResource(ReportReader reader, CommunityRulesBook communities) {
        this.reader = reader;
        this.communities = communities;
    }

    @GET
    @PermitAll
    @Operation(summary = "The status of a report, for its reporter (header Receipt-Token)")
    public ReportStatusView status(@PathParam("id") UUID id, @HeaderParam(TOKEN_HEADER) String receiptToken) {
        Report report = reader.forReceipt(id, receiptToken)
                .orElseThrow(() -> ProblemException.notFound("No report " + id + " for this receipt token"));
        boolean sentElsewhere = report.route == Route.COMMUNITY_PROCESS || report.route == Route.NOT_ACTIONABLE;
        String getSupport = !sentElsewhere ? null
                : report.supportPage != null ? report.supportPage : communities.getSupportPageOf(report.community).orElse(null);
        return new ReportStatusView(report.id, report.status, report.receivedAt, report.statusChangedAt,
                nextStep(report), getSupport, sentElsewhere ? report.behaviourPage : null,
                sentElsewhere ? report.publicDestination : null);
    }

    private static String nextStep(Report report) {
        if (report.status == ReportStatus.CLOSED) {
            return "Your report was handled and its case is closed.";
        }
        if (report.route == null) {
            return "Your report was received and is being sent to the people who handle it.";
        }
        return switch (report.route) {
            case EMERGENCY -> "Trust and Safety handle your report with the highest urgency. If someone is in"
                    + " immediate danger, call your local emergency services.";
            case COMMUNITY_PROCESS -> "Your report went to the community's own process; see its support page.";
            case CONDUCT_CASE -> "The Incident Response Team has your report and will write to you.";
            case OUTAGE -> "The infrastructure on-call team is working on it.";
            case SECURITY -> "The security team has your report.";
            case NOT_ACTIONABLE -> "This is not handled as an incident here; the community's support page says"
                    + " where to go.";
        };
    }
}
