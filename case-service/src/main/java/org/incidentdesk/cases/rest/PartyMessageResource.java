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

import org.incidentdesk.cases.service.PartyMessages;
import org.incidentdesk.platform.security.StaffRoles;

@Path("/api/cases/{id}/messages")
@Tag(name = "Messages to parties")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.STAFF)
public class PartyMessageResource {

    private final PartyMessages messages;
    private final SecurityIdentity caller;

    public PartyMessageResource(PartyMessages messages, SecurityIdentity caller) {
        this.messages = messages;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The saved replies sent to the parties of a conduct case, and whether each was delivered")
    public List<PartyMessageView> list(@PathParam("id") UUID id) {
        return messages.of(id, caller).stream().map(PartyMessageView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Send a saved reply of the conduct process to the reporter or the reported party (the "
            + "latter only if the reporter agreed); delivering it meets the deadline it answers")
    public PartyMessageView send(@PathParam("id") UUID id, @Valid @NotNull PartyMessageRequest request) {
        return PartyMessageView.of(messages.send(id,
                new PartyMessages.Request(request.reply(), request.to(), request.partyId(), request.text()), caller));
    }

    @GET
    @Path("/{messageId}/letter")
    @RolesAllowed(StaffRoles.CONTACT_READER)
    @Operation(summary = "What notification-service writes, and to whom: the address, language and text (audited)")
    public PartyMessages.Letter letter(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId) {
        return messages.letter(id, messageId, caller.getPrincipal().getName());
    }
}
