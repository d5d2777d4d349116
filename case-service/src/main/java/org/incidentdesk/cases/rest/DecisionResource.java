package org.incidentdesk.cases.rest;

import java.util.UUID;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.service.CaseDecisions;
import org.incidentdesk.platform.security.StaffRoles;

@Path("/api/cases/{id}/decision")
@Tag(name = "Decisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.STAFF)
public class DecisionResource {

    private final CaseDecisions decisions;
    private final SecurityIdentity staff;

    public DecisionResource(CaseDecisions decisions, SecurityIdentity staff) {
        this.decisions = decisions;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "The decision of a conduct case and its response plan")
    public DecisionView get(@PathParam("id") UUID id) {
        return DecisionView.of(decisions.of(id, staff));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Issue the decision of a conduct case being decided: correction, warning, temporary ban "
            + "(with endsAt) or permanent ban, with the response plan")
    public DecisionView issue(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return DecisionView.of(decisions.issue(id, request.kind(), request.responsePlan(), request.endsAt(), staff));
    }
}
