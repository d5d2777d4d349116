package org.incidentdesk.notification.client;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

import org.incidentdesk.platform.json.StoredJson;

/**
 * intake-service, which alone holds reporters' contact details (encrypted). Called with this service's own
 * client-credentials token; intake answers 410 Gone once the reporter's data is erased.
 */
@RegisterRestClient(configKey = "intake")
@OidcClientFilter
@RegisterProvider(StoredJson.class)
@Path("/api/reports")
public interface IntakeReporterClient {

    @GET
    @Path("/{id}/contact")
    @Produces(MediaType.APPLICATION_JSON)
    ReporterContact contact(@PathParam("id") UUID reportId);
}
