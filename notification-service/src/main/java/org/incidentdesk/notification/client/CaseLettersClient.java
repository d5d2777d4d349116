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
 * case-service, which keeps the saved replies its sub-teams send to the parties of conduct cases. Called with this
 * service's own client-credentials token (role {@code contact-reader}); every reading is audited there.
 */
@RegisterRestClient(configKey = "cases")
@OidcClientFilter
@RegisterProvider(StoredJson.class)
@Path("/api/cases")
public interface CaseLettersClient {

    @GET
    @Path("/{caseId}/messages/{messageId}/letter")
    @Produces(MediaType.APPLICATION_JSON)
    PartyLetter letter(@PathParam("caseId") UUID caseId, @PathParam("messageId") UUID messageId);
}
