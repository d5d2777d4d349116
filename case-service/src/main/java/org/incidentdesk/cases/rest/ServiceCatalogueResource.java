package org.incidentdesk.cases.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.incidentdesk.cases.service.AffectedServices;
import org.incidentdesk.platform.security.StaffRoles;

@Path("/api/services")
@Tag(name = "Incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.STAFF)
public class ServiceCatalogueResource {

    private final AffectedServices services;

    public ServiceCatalogueResource(AffectedServices services) {
        this.services = services;
    }

    @GET
    @Operation(summary = "The services an incident can affect (incident-desk.cases.service-catalogue)")
    public List<String> catalogue() {
        return services.catalogue();
    }
}
