package org.incidentdesk.routing.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.platform.security.StaffRoles;
import org.incidentdesk.routing.service.RoutingService;

@Path("/api/routing/decisions")
@Tag(name = "Routing decisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.STAFF)
public class RoutingDecisionResource {

    private final RoutingService routing;
    private final SecurityIdentity staff;

    public RoutingDecisionResource(RoutingService routing, SecurityIdentity staff) {
        this.routing = routing;
        this.staff = staff;
    }

    @GET
    @Path("/flagged")
    @RolesAllowed({ StaffRoles.TRUST_AND_SAFETY, StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR })
    @Operation(summary = "Decisions flagged for human review because words suggest an emergency, newest first")
    public List<RoutingDecisionView> flagged(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return routing.flaggedForReview(page, size).stream().map(RoutingDecisionView::of).toList();
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "The routing decision of a report, with the rule that made it")
    public RoutingDecisionView get(@PathParam("reportId") UUID reportId) {
        return routing.find(reportId, staff)
                .map(RoutingDecisionView::of)
                .orElseThrow(() -> ProblemException.notFound("No routing decision for report " + reportId));
    }
}
