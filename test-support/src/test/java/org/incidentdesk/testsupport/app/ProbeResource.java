package org.incidentdesk.testsupport.app;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Endpoints that use what the test resources configure: OIDC, the datasource and the mailer. */
@Path("/probe")
public class ProbeResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Mailer mailer;

    @GET
    @Path("/responder")
    @RolesAllowed("incident-responder")
    public String responder() {
        return token.getClaim("preferred_username") + " " + identity.getRoles();
    }

    @GET
    @Path("/database")
    public String database() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet result = connection.createStatement().executeQuery("SELECT current_database()")) {
            result.next();
            return result.getString(1);
        }
    }

    @POST
    @Path("/mail")
    public void mail(@QueryParam("to") String to) {
        mailer.send(Mail.withText(to, "Incident received", "We are on it."));
    }
}
