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

import org.incidentdesk.platform.problem.ProblemException;
import org.incidentdesk.platform.security.StaffRoles;
import org.incidentdesk.routing.service.RoutingService;

@Path("/api/routing/decisions")
@Tag(name = "Routing decisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR, StaffRoles.PROJECT_MANAGER,
        StaffRoles.INFRASTRUCTURE_SPECIALIST, StaffRoles.SECURITY_SPECIALIST, StaffRoles.IRT_MEMBER,
        StaffRoles.TRUST_AND_SAFETY })
public class RoutingDecisionResource {

    private final RoutingService routing;

    public RoutingDecisionResource(RoutingService routing) {
        this.routing = routing;
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "The routing decision of a report, with the rule that made it")
    public RoutingDecisionView get(@PathParam("reportId") UUID reportId) {
        return routing.find(reportId)
                .map(RoutingDecisionView::of)
                .orElseThrow(() -> ProblemException.notFound("No routing decision for report " + reportId));
    }
}
