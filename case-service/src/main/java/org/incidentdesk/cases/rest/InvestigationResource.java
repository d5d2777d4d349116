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

import org.incidentdesk.cases.service.Investigation;
import org.incidentdesk.platform.security.StaffRoles;

/** The evidence and interview notes of a conduct case. */
@Path("/api/cases/{id}")
@Tag(name = "Investigations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.STAFF)
public class InvestigationResource {

    private final Investigation investigation;
    private final SecurityIdentity staff;

    public InvestigationResource(Investigation investigation, SecurityIdentity staff) {
        this.investigation = investigation;
        this.staff = staff;
    }

    @GET
    @Path("/evidence")
    @Operation(summary = "The evidence of a conduct case")
    public List<EvidenceView> evidence(@PathParam("id") UUID id) {
        return investigation.evidenceOf(id, staff).stream().map(EvidenceView::of).toList();
    }

    @POST
    @Path("/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Attach evidence to a conduct case")
    public EvidenceView addEvidence(@PathParam("id") UUID id, @Valid @NotNull EvidenceRequest request) {
        return EvidenceView.of(investigation.addEvidence(id, request.description(), request.link(), staff));
    }

    @GET
    @Path("/interview-notes")
    @Operation(summary = "The interview notes of a conduct case")
    public List<InterviewNoteView> notes(@PathParam("id") UUID id) {
        return investigation.notesOf(id, staff).stream().map(InterviewNoteView::of).toList();
    }

    @POST
    @Path("/interview-notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Write down an interview with a party or witness")
    public InterviewNoteView addNote(@PathParam("id") UUID id, @Valid @NotNull InterviewNoteRequest request) {
        return InterviewNoteView.of(investigation.addNote(id, request.partyId(), request.text(), staff));
    }
}
