package org.incidentdesk.routing.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
    @Path("/{reportId}")
    @Operation(summary = "The routing decision of a report, with the rule that made it")
    public RoutingDecisionView get(@PathParam("reportId") UUID reportId) {
        return routing.find(reportId, staff)
                .map(RoutingDecisionView::of)
                .orElseThrow(() -> ProblemException.notFound("No routing decision for report " + reportId));
    }
}
