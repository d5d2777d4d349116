package org.incidentdesk.cases.rest;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import org.incidentdesk.cases.service.SubTeams;
import org.incidentdesk.platform.security.StaffRoles;

@Path("/api/cases/{id}/sub-team")
@Tag(name = "Sub-teams")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.STAFF)
public class SubTeamResource {

    private final SubTeams subTeams;
    private final SecurityIdentity staff;

    public SubTeamResource(SubTeams subTeams, SecurityIdentity staff) {
        this.subTeams = subTeams;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "Who investigates a conduct case now, and every change of its sub-team")
    public SubTeamView get(@PathParam("id") UUID id) {
        return SubTeamView.of(subTeams.of(id, staff));
    }

    @GET
    @Path("/proposal")
    @RolesAllowed({ StaffRoles.IRT_LEAD, StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR })
    @Operation(summary = "The sub-team the rules choose now (time zones, conflicts, availability); a 422 says which "
            + "rule no team can meet")
    public SubTeamProposalView propose(@PathParam("id") UUID id) {
        return SubTeamProposalView.of(subTeams.propose(id, staff));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ StaffRoles.IRT_LEAD, StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR })
    @Operation(summary = "Form the sub-team, as proposed or changed; a 422 says which rule the members break")
    public SubTeamView form(@PathParam("id") UUID id, @Valid @NotNull SubTeamRequest request) {
        return SubTeamView.of(subTeams.form(id, request.members(), staff));
    }

    @POST
    @Path("/replacements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ StaffRoles.IRT_LEAD, StaffRoles.DIRECTOR, StaffRoles.DEPUTY_DIRECTOR })
    @Operation(summary = "Replace a member who leaves, by the member named or by the one the rules choose")
    public SubTeamView replace(@PathParam("id") UUID id, @Valid @NotNull ReplacementRequest request) {
        return SubTeamView.of(subTeams.replace(id, request.leaving(), Optional.ofNullable(request.replacement()), staff));
    }
}
