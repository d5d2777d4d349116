package org.incidentdesk.launcher;

import static io.restassured.RestAssured.given;

import java.net.URI;

/** Gets access tokens from Keycloak: a staff member's (password grant) or an API client's (client credentials). */
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

    static String clientCredentials(URI issuer, String clientId, String secret) {
        return given().auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials")
                .post(issuer + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
