package org.incidentdesk.testsupport.app;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.incidentdesk.servers.ReceivedMail;
import org.incidentdesk.testsupport.MailTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestMailbox;
import org.incidentdesk.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE, value = "probe"))
@WithTestResource(OidcTestResource.class)
@WithTestResource(MailTestResource.class)
class TestResourcesInQuarkusTest {

    @Test
    void acceptsStaffTokensWithTheRequiredRealmRole() {
        given().auth().oauth2(TestTokens.staff("alice", "incident-responder"))
                .get("/probe/responder")
                .then().statusCode(200).body(containsString("alice"), containsString("incident-responder"));
    }

    @Test
    void acceptsClientTokensWithTheRequiredRealmRole() {
        given().auth().oauth2(TestTokens.client("routing-service", "incident-responder"))
                .get("/probe/responder")
                .then().statusCode(200).body(containsString("service-account-routing-service"));
    }

    @Test
    void forbidsTokensWithoutTheRole() {
        given().auth().oauth2(TestTokens.staff("mallory", "reader"))
                .get("/probe/responder")
                .then().statusCode(403);
    }

    @Test
    void rejectsRequestsWithoutToken() {
        given().get("/probe/responder").then().statusCode(401);
    }

    @Test
    void usesTheDatabaseNamedByTheResourceArgument() {
        given().auth().oauth2(TestTokens.staff("alice"))
                .get("/probe/database")
                .then().statusCode(200).body(equalTo("probe"));
    }

    @Test
    void sendsRealMailThatTheTestMailboxReads() {
        given().queryParam("to", "oncall@example.org").post("/probe/mail").then().statusCode(204);

        List<ReceivedMail> received = TestMailbox.awaitMessagesFor("oncall@example.org", 1, Duration.ofSeconds(10));

        assertEquals("Incident received", received.get(0).subject());
        assertEquals("We are on it.", received.get(0).body().trim());
        assertEquals("desk@incident-desk.local", received.get(0).from());
    }
}
