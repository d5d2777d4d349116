package org.incidentdesk.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/**
 * A bearer token OIDC verified is reused by the next requests that send it (platform's {@code VerifiedTokens}),
 * and reuse changes nothing about who may do what: roles are mapped again for every request, a token without the
 * role is still refused, and a token whose signature was tampered with is still unauthenticated.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class VerifiedTokenReuseTest {

    @Inject
    MeterRegistry meters;

    @Test
    void theSecondRequestWithATokenReusesItsVerificationAndItsRolesStillApply() {
        String irtMember = TestTokens.staff("irene-" + UUID.randomUUID(), "irt-member");
        double reusedBefore = reused();

        // "irt-member" grants "staff" by roles mapping, which the reports endpoint asks for: 404 (no such report),
        // not 403, on the request that verified the token and on the one that reused it.
        for (int request = 0; request < 2; request++) {
            given().auth().oauth2(irtMember).get("/api/reports/" + UUID.randomUUID())
                    .then().statusCode(404);
        }

        assertThat(reused() - reusedBefore).isEqualTo(1);
    }

    @Test
    void aReusedTokenWithoutTheRoleIsStillRefused() {
        String noRole = TestTokens.staff("eve-" + UUID.randomUUID());
        double reusedBefore = reused();

        for (int request = 0; request < 2; request++) {
            given().auth().oauth2(noRole).get("/api/reports/" + UUID.randomUUID())
                    .then().statusCode(403);
        }

        assertThat(reused() - reusedBefore).isEqualTo(1);
    }

    @Test
    void aTamperedTokenIsNeverTakenForTheVerifiedOne() {
        String token = TestTokens.staff("irene-" + UUID.randomUUID(), "irt-member");
        given().auth().oauth2(token).get("/api/reports/" + UUID.randomUUID()).then().statusCode(404);

        String[] parts = token.split("\\.");
        String otherClaims = parts[0] + "." + parts[1] + "A." + parts[2];
        String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        for (String tampered : new String[] {otherClaims, otherSignature}) {
            given().auth().oauth2(tampered).get("/api/reports/" + UUID.randomUUID()).then().statusCode(401);
        }
    }

    private double reused() {
        return meters.counter("incident_desk.verified_tokens.reused").count();
    }
}
