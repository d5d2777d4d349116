package org.incidentdesk.cases.rest;

import java.util.List;
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

import org.incidentdesk.cases.service.CaseParties;
import org.incidentdesk.platform.security.StaffRoles;

@Path("/api/cases/{id}/parties")
@Tag(name = "Parties")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.STAFF)
public class PartyResource {

    private final CaseParties parties;
    private final SecurityIdentity staff;

    public PartyResource(CaseParties parties, SecurityIdentity staff) {
        this.parties = parties;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "The people involved in a conduct case, and whether each may be contacted")
    public List<PartyView> list(@PathParam("id") UUID id) {
        return parties.of(id, staff).stream().map(PartyView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Add a reporter, reported party or witness; the reported party may be contacted only if the "
            + "reporter agreed")
    public PartyView add(@PathParam("id") UUID id, @Valid @NotNull PartyRequest request) {
        return PartyView.of(parties.add(id, new CaseParties.NewParty(request.role(), request.username(),
                request.timeZone(), request.email(), request.language()), staff));
    }
}
