package org.incidentdesk.cases.rest;

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

import org.incidentdesk.cases.service.IncidentRecords;
import org.incidentdesk.platform.security.StaffRoles;

@Path("/api/cases/{id}/incident-record")
@Tag(name = "Incident records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.INCIDENT_READER)
public class IncidentRecordResource {

    private final IncidentRecords records;
    private final SecurityIdentity caller;

    public IncidentRecordResource(IncidentRecords records, SecurityIdentity caller) {
        this.records = records;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "An operational incident as postmortem-service drafts from it: facts, timeline, services' "
            + "states over time, impact (postmortem-service only; conduct cases never)")
    public IncidentRecords.IncidentRecord get(@PathParam("id") UUID id) {
        return records.of(id, caller.getPrincipal().getName());
    }
}
