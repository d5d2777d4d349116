package org.incidentdesk.testsupport.app;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A test profile makes Quarkus start a second application, in new class loaders, with the test resources started
 * again: they must hand out the servers already running in this JVM.
 */
@QuarkusTest
@TestProfile(TestResourcesAcrossProfilesTest.OtherProfile.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestResource.class)
class TestResourcesAcrossProfilesTest {

    @Test
    void worksAfterARestartWithTheSameServers() {
        given().auth().oauth2(TestTokens.staff("alice", "incident-responder"))
                .get("/probe/responder")
                .then().statusCode(200);
        given().get("/probe/database").then().statusCode(200).body(equalTo(PostgresTestResource.DEFAULT_DATABASE));

        String published = System.getProperty("incident-desk.test-servers.oidc");
        assertEquals("\"" + ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class) + "\"",
                published);
    }

    public static class OtherProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.application.name", "probe-with-other-profile");
        }
    }
}
