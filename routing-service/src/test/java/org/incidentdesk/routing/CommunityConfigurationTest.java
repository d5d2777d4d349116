package org.incidentdesk.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.incidentdesk.events.BehaviourType;
import org.incidentdesk.events.CommunityConfigured;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/** Staff configure a community through the API; the next report is routed with that version. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = KafkaTestResource.TOPICS,
        value = RoutingTopics.PARTITIONED))
@WithTestResource(OidcTestResource.class)
class CommunityConfigurationTest {

    @Inject
    EntityManager database;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aNewCommunityInheritsTheOrganisationsDefaults() {
        staff("director").get("/api/routing/communities/" + newCommunity())
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("version", equalTo(0))
                .body("organisationDefaults", equalTo(true))
                .body("settings.conductHandling", equalTo("COMMUNITY_PROCESS"))
                .body("settings.eligibility.minAccountAge", equalTo("PT3H"))
                .body("settings.limits.confirmedPerDay", equalTo(5));
    }

    @Test
    void aChangeIsVersionedAttributedAnnouncedAndAppliedToTheNextReport() {
        String community = newCommunity();
        Map<String, Object> settings = settings();
        settings.put("conductHandling", "INCIDENT_RESPONSE_TEAM");

        staff("project-manager", "paula").body(settings).put("/api/routing/communities/" + community)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("changedBy", equalTo("paula"));
        settings.put("conductHandling", "COMMUNITY_PROCESS");
        staff("deputy-director", "dora").header("If-Match", "\"1\"").body(settings)
                .put("/api/routing/communities/" + community)
                .then().statusCode(200).body("version", equalTo(2));

        staff("irt-member").get("/api/routing/communities/" + community + "/versions")
                .then().statusCode(200)
                .body("version", equalTo(List.of(2, 1, 0)))
                .body("changedBy", equalTo(Arrays.asList("dora", "paula", null)));
        staff("irt-member").get("/api/routing/communities/" + community + "/versions/1")
                .then().statusCode(200).body("settings.conductHandling", equalTo("INCIDENT_RESPONSE_TEAM"));
        staff("irt-member").get("/api/routing/communities")
                .then().statusCode(200).body("community", hasItem(community));

        CommunityConfigured announced = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.COMMUNITY_CONFIGURED,
                value -> value.contains(community) && value.contains("\"version\":2"), TIMEOUT),
                CommunityConfigured.class).payload();
        assertThat(announced.limits().confirmedPerDay()).isEqualTo(3);
        assertThat(announced.eligibility().minEdits()).isEqualTo(10);

        ReportRouted routed = route(conductReport(community, BehaviourType.DOXING));
        assertThat(routed.route()).isEqualTo(Route.COMMUNITY_PROCESS);
        assertThat(routed.configurationVersion()).isEqualTo(2);
        assertThat(routed.guidance().behaviourPage()).isEqualTo("https://xx.example.org/wiki/Help/Doxing");
        assertThat(routed.guidance().publicDestination()).isEqualTo("https://xx.example.org/wiki/Noticeboard");
        staff("director").get("/api/routing/decisions/" + routed.reportId())
                .then().statusCode(200).body("configurationVersion", equalTo(2));

        settings.put("behaviourTypes", List.of("DOXING"));
        settings.put("conductHandling", "INCIDENT_RESPONSE_TEAM");
        staff("director").body(settings).put("/api/routing/communities/" + community).then().statusCode(200);
        ReportRouted next = route(conductReport(community, BehaviourType.DOXING));
        assertThat(next.route()).as("the change applies to the next report, without a restart")
                .isEqualTo(Route.CONDUCT_CASE);
        assertThat(next.configurationVersion()).isEqualTo(3);
    }

    @Test
    void aStaleChangeIsRefusedInsteadOfOverwritingAnother() {
        String community = newCommunity();
        staff("director").body(settings()).put("/api/routing/communities/" + community).then().statusCode(200);

        staff("director").header("If-Match", "\"0\"").body(settings()).put("/api/routing/communities/" + community)
                .then().statusCode(412).contentType("application/problem+json");
        staff("director").header("If-Match", "yesterday").body(settings()).put("/api/routing/communities/" + community)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("If-Match"));
    }

    @Test
    void anyVersionMatchesAStar() {
        String community = newCommunity();
        staff("director").body(settings()).put("/api/routing/communities/" + community).then().statusCode(200);

        staff("director").header("If-Match", "*").body(settings()).put("/api/routing/communities/" + community)
                .then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void aVersionStoredWithAFieldThisReleaseDoesNotKnowStaysReadable() {
        String community = newCommunity();
        staff("director").body(settings()).put("/api/routing/communities/" + community).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> database.createNativeQuery("update community_configuration"
                        + " set settings = jsonb_set(settings::jsonb, '{retiredSetting}', '\"x\"')::text"
                        + " where community = :community")
                .setParameter("community", community).executeUpdate());

        staff("director").get("/api/routing/communities/" + community).then().statusCode(200)
                .body("version", equalTo(1));
        assertThat(route(conductReport(community, BehaviourType.DOXING)).configurationVersion()).isEqualTo(1);
    }

    @Test
    void onlyLeadershipAndProjectManagersChangeAConfiguration() {
        String community = newCommunity();
        given().contentType(ContentType.JSON).body(settings()).put("/api/routing/communities/" + community)
                .then().statusCode(401);
        staff("irt-member").body(settings()).put("/api/routing/communities/" + community)
                .then().statusCode(403).contentType("application/problem+json");
        staff("director").get("/api/routing/communities/" + community).then().body("version", equalTo(0));
    }

    @Test
    void invalidSettingsAreRefusedNamingTheField() {
        String community = newCommunity();
        assertRefused(community, with("supportPage", "javascript:alert(1)"), "supportPage");
        assertRefused(community, with("supportLinks", Map.of("DOXING", "not a url")), "supportLinks");
        assertRefused(community, with("destination", Map.of("kind", "PRIVATE_EMAIL", "address", "")), "destination");
        assertRefused(community, with("destination", Map.of("kind", "PRIVATE_EMAIL", "address", "not-an-address")),
                "destination");
        assertRefused(community, with("enabledFlows", List.of("CONDUCT")), "enabledFlows");
        assertRefused(community, with("limits", Map.of("unconfirmedPerDay", 1, "confirmedPerDay", 5,
                "emergenciesPerDay", 0)), "emergenciesPerDay");
        assertRefused(community, with("supportLinks", Map.of("SPAM", "https://xx.example.org/wiki/Spam")),
                "supportLinks");
        staff("director").body(with("behaviourTypes", List.of("DOXING", "GOSSIP")))
                .put("/api/routing/communities/" + community)
                .then().statusCode(400).contentType("application/problem+json");
        staff("director").body(with("colour", "blue")).put("/api/routing/communities/" + community)
                .then().statusCode(400).contentType("application/problem+json");
        staff("director").body(settings()).put("/api/routing/communities/Not%20A%20Community")
                .then().statusCode(400).contentType("application/problem+json");
        staff("director").get("/api/routing/communities/" + community)
                .then().body("version", equalTo(0)); // nothing was saved
    }

    private static void assertRefused(String community, Map<String, Object> settings, String field) {
        staff("director").body(settings).put("/api/routing/communities/" + community)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", containsString(field));
    }

    private static ReportRouted route(EventEnvelope<ReportSubmitted> report) {
        KafkaTestClient.send(Topics.REPORT_SUBMITTED, report.aggregateId(), EventCodec.encode(report));
        String reportId = report.payload().reportId().toString();
        return EventCodec.decode(KafkaTestClient.awaitFirst(Topics.REPORT_ROUTED, value -> value.contains(reportId),
                TIMEOUT), ReportRouted.class).payload();
    }

    private static EventEnvelope<ReportSubmitted> conductReport(String community, BehaviourType behaviour) {
        return EventEnvelope.wrap(new ReportSubmitted(UUID.randomUUID(), ReportKind.CONDUCT, null, behaviour,
                ReportSource.COMMUNITY_MEMBER, community, null, null, null, "en", true, false, Instant.now()),
                Instant.now());
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> settings = settings();
        settings.put(field, value);
        return settings;
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("enabledFlows", List.of("EMERGENCY", "SECURITY", "CONDUCT", "OUTAGE"));
        settings.put("behaviourTypes", List.of("DOXING", "INTIMIDATION", "SOCKPUPPETRY"));
        settings.put("conductHandling", "COMMUNITY_PROCESS");
        settings.put("supportPage", "https://xx.example.org/wiki/Help");
        settings.put("supportLinks", Map.of("DOXING", "https://xx.example.org/wiki/Help/Doxing"));
        settings.put("destination", Map.of("kind", "PUBLIC_NOTICEBOARD", "address", "https://xx.example.org/wiki/Noticeboard"));
        settings.put("eligibility", Map.of("minAccountAge", "PT24H", "minEdits", 10, "requireConfirmedEmail", true));
        settings.put("limits", Map.of("unconfirmedPerDay", 1, "confirmedPerDay", 3, "emergenciesPerDay", 10));
        settings.put("language", "fr");
        return settings;
    }

    private static String newCommunity() {
        return "c" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    private static RequestSpecification staff(String role) {
        return staff(role, "someone-" + role);
    }

    private static RequestSpecification staff(String role, String name) {
        return given().auth().oauth2(TestTokens.staff(name, role)).contentType(ContentType.JSON);
    }
}
