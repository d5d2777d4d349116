package org.incidentdesk.launcher;

import static io.restassured.RestAssured.given;

import java.net.URI;

/** Signs a staff member in at Keycloak with their password and returns the access token. */
final class KeycloakLogin {

    static final String STAFF_CLIENT = "incident-desk-cli";

    private KeycloakLogin() {
    }

    static String passwordGrant(URI issuer, String username, String password) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", STAFF_CLIENT)
                .formParam("username", username)
                .formParam("password", password)
                .post(issuer + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
