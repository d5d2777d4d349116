package org.incidentdesk.intake.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.service.ErasureService;
import org.incidentdesk.intake.service.ReportReader;
import org.incidentdesk.platform.security.StaffRoles;

/** Reporters' personal data: given to the service that writes to them, and erased on request. */
@Path("/api/reports")
@Tag(name = "Reporters' personal data")
@Produces(MediaType.APPLICATION_JSON)
public class ReporterDataResource {

    private final ReportReader reader;
    private final ErasureService erasure;
    private final SecurityIdentity caller;

    public ReporterDataResource(ReportReader reader, ErasureService erasure, SecurityIdentity caller) {
        this.reader = reader;
        this.erasure = erasure;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/contact")
    @RolesAllowed(StaffRoles.CONTACT_READER)
    @Operation(summary = "How to write to the reporter (notification-service); 410 once erased")
    public ReporterContactView contact(@PathParam("id") UUID id) {
        Report report = reader.withContact(id);
        return new ReporterContactView(report.content.reporterEmail(), report.reporterLanguage);
    }

    @DELETE
    @Path("/{id}/personal-data")
    @RolesAllowed({ StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR, StaffRoles.TRUST_AND_SAFETY })
    @Operation(summary = "Erase the reporter's personal data of one report (the report's facts remain)")
    public RestResponse<Void> eraseReport(@PathParam("id") UUID id) {
        erasure.eraseReport(id, caller.getPrincipal().getName());
        return RestResponse.noContent();
    }

    @POST
    @Path("/erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR, StaffRoles.TRUST_AND_SAFETY })
    @Operation(summary = "Erase a reporter's personal data from all their reports, by user name or email")
    public ErasureResult eraseReporter(@Valid @NotNull ErasureRequest request) {
        return new ErasureResult(erasure.eraseReporter(request.username(), request.email(),
                caller.getPrincipal().getName()));
    }
}
