package org.incidentdesk.postmortem.client;

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
 * case-service's record of an operational incident, read with this service's own client-credentials token (role
 * {@code incident-reader}) when a draft is written.
 */
@RegisterRestClient(configKey = "cases")
@OidcClientFilter
@RegisterProvider(StoredJson.class)
@Path("/api/cases")
public interface CaseRecordsClient {

    @GET
    @Path("/{id}/incident-record")
    @Produces(MediaType.APPLICATION_JSON)
    IncidentRecord record(@PathParam("id") UUID caseId);
}
