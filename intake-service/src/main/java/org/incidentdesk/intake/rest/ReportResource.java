package org.incidentdesk.intake.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

import org.incidentdesk.intake.config.IntakeConfig;
import org.incidentdesk.intake.service.AcceptedReport;
import org.incidentdesk.intake.service.ReportReader;
import org.incidentdesk.intake.service.ReportService;
import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.platform.security.StaffRoles;

/**
 * The ways a report comes in from people over HTTP. Each answers 202 Accepted once the report and its event
 * are committed, with a receipt; routing and the rest follow asynchronously.
 */
@Path("/api/reports")
@Tag(name = "Reports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService intake;
    private final ReportReader reader;
    private final SecurityIdentity caller;
    private final ReportReceipt.HumanReply humanReply;

    public ReportResource(ReportService intake, ReportReader reader, SecurityIdentity caller, IntakeConfig config) {
        this.intake = intake;
        this.reader = reader;
        this.caller = caller;
        IntakeConfig.HumanReply reply = config.humanReply();
        this.humanReply = new ReportReceipt.HumanReply(reply.minDays(), reply.maxDays(),
                "A person will reply within " + reply.minDays() + " to " + reply.maxDays() + " days.");
    }

    @POST
    @PermitAll
    @Operation(summary = "Report an outage or lost data without an account (limited per client address)")
    public RestResponse<ReportReceipt> reportAnonymously(@Valid @NotNull AnonymousReportRequest request,
            HttpServerRequest http, UriInfo uri) {
        return accepted(intake.submitAnonymous(ReportMapper.toEntity(request), http.remoteAddress().hostAddress()), uri);
    }

    @POST
    @Path("/on-behalf")
    @RolesAllowed(StaffRoles.REPORTING_CLIENT)
    @Operation(summary = "File a report for a community member (trusted clients such as the wiki)")
    public RestResponse<ReportReceipt> reportForMember(@Valid @NotNull MemberReportRequest request, UriInfo uri) {
        return accepted(intake.submitForMember(ReportMapper.toEntity(request), ReportMapper.toMember(request.reporter())), uri);
    }

    @POST
    @Path("/declared")
    @RolesAllowed(StaffRoles.STAFF)
    @Operation(summary = "Declare an incident (signed-in staff)")
    public RestResponse<ReportReceipt> declare(@Valid @NotNull DeclaredIncidentRequest request, UriInfo uri) {
        return accepted(intake.declare(ReportMapper.toEntity(request, caller.getPrincipal().getName())), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(StaffRoles.STAFF)
    @Operation(summary = "Read a report, decrypted (staff whose roles cover its kind)")
    public ReportView get(@PathParam("id") UUID id) {
        return reader.forStaff(id, caller)
                .map(ReportMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("No report " + id));
    }

    private RestResponse<ReportReceipt> accepted(AcceptedReport accepted, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("api/reports").path(accepted.report().id.toString()).build();
        URI status = uri.getBaseUriBuilder().path("api/reports").path(accepted.report().id.toString()).path("status").build();
        return RestResponse.ResponseBuilder.<ReportReceipt>accepted(ReportMapper.toReceipt(accepted, status.toString(), humanReply))
                .location(location)
                .build();
    }
}
