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

import org.incidentdesk.intake.domain.Report;
import org.incidentdesk.intake.service.ReportService;
import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.platform.security.StaffRoles;

@Path("/api/reports")
@Tag(name = "Reports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @POST
    @PermitAll
    @Operation(summary = "File a report")
    public RestResponse<ReportReceipt> submit(@Valid @NotNull ReportRequest request, UriInfo uri) {
        Report report = reports.submit(ReportMapper.toEntity(request));
        URI location = uri.getAbsolutePathBuilder().path(report.id.toString()).build();
        return RestResponse.ResponseBuilder.<ReportReceipt>created(location)
                .entity(ReportMapper.toReceipt(report))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR, StaffRoles.PROJECT_MANAGER,
            StaffRoles.INFRASTRUCTURE_SPECIALIST, StaffRoles.SECURITY_SPECIALIST, StaffRoles.IRT_MEMBER,
            StaffRoles.TRUST_AND_SAFETY })
    @Operation(summary = "Read a report (staff)")
    public ReportView get(@PathParam("id") UUID id) {
        return reports.find(id)
                .map(ReportMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("No report " + id));
    }
}
