package org.incidentdesk.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.incidentdesk.events.BehaviourType;
import org.incidentdesk.events.CommunityConfigured;
import org.incidentdesk.events.CommunityGuidance;
import org.incidentdesk.events.DestinationKind;
import org.incidentdesk.events.EmergencyType;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.IncidentDeskEvent;
import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;
import org.incidentdesk.events.Topics;
import org.incidentdesk.intake.service.CommunityRulesBook;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/**
 * What routing-service tells intake: each community's rules as staff configured them, where reporters were
 * sent; and what intake tells routing about words that suggest an emergency.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class CommunityConfigurationIntakeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Instant LONG_AGO = Instant.now().minus(400, ChronoUnit.DAYS);

    @Inject
    CommunityRulesBook rulesBook;

    @Inject
    EntityManager entityManager;

    @Inject
    @CacheName("announced-community-rules")
    Cache announcedRules;

    @Test
    void rulesAStaffMemberConfiguredApplyToTheNextReport() {
        String community = "c" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        file(community, 50).statusCode(202);

        announce(configured(community, 1, 100, 5));
        await().atMost(TIMEOUT).untilAsserted(() -> file(community, 50).statusCode(403)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("reporter.editCount")));

        announce(configured(community, 3, 10, 5));
        announce(configured(community, 2, 100, 5)); // late and older: changes nothing
        await().atMost(TIMEOUT).untilAsserted(() -> file(community, 50).statusCode(202));
        file(community, 50).statusCode(202);
    }

    @Test
    void theReplicaThatStoresAnAnnouncementFollowsItAtOnceTheOthersWhenTheirCopyExpires() {
        String community = "c" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        assertThat(minEditsIn(community)).isEqualTo(1); // the organisation's default, now kept by this replica
        assertThat(announcedRules.as(CaffeineCache.class).keySet()).contains(community); // not read per report

        QuarkusTransaction.requiringNew().run(() -> rulesBook.configured(configured(community, 1, 100, 5)));
        assertThat(minEditsIn(community)).isEqualTo(100); // no wait: the stored announcement replaced the copy

        // Another replica consumed the next announcement: only the shared table changed (copies expire after 5 s).
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update community_rules set min_edits = 7, version = 2 where community = :community")
                .setParameter("community", community).executeUpdate());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(minEditsIn(community)).isEqualTo(7));
    }

    private int minEditsIn(String community) {
        return QuarkusTransaction.requiringNew().call(() -> rulesBook.rulesIn(community).eligibility().minEdits());
    }

    @Test
    void aReceiptShowsWhereRoutingSentTheReporterButNeverAPrivateDestination() {
        Map<String, Object> publicCase = routedWith(new CommunityGuidance("https://xx.example.org/wiki/Help",
                "https://xx.example.org/wiki/Help/Doxing", DestinationKind.PUBLIC_NOTICEBOARD,
                "https://xx.example.org/wiki/Noticeboard"));
        Map<String, Object> privateCase = routedWith(new CommunityGuidance("https://yy.example.org/wiki/Help", null,
                DestinationKind.PRIVATE_EMAIL, "responders@yy.example.org"));

        await().atMost(TIMEOUT).untilAsserted(() -> receipt(publicCase).statusCode(200)
                .body("status", equalTo("ROUTED"))
                .body("getSupport", equalTo("https://xx.example.org/wiki/Help"))
                .body("getSupportForBehaviour", equalTo("https://xx.example.org/wiki/Help/Doxing"))
                .body("noticeboard", equalTo("https://xx.example.org/wiki/Noticeboard")));
        await().atMost(TIMEOUT).untilAsserted(() -> receipt(privateCase).statusCode(200)
                .body("status", equalTo("ROUTED"))
                .body("getSupport", equalTo("https://yy.example.org/wiki/Help"))
                .body("noticeboard", nullValue()));
        assertThat(receipt(privateCase).extract().asString()).doesNotContain("responders@yy.example.org");
    }

    @Test
    void wordsSuggestingAnEmergencyReachRoutingAsAKindNeverAsText() {
        String id = given().auth().oauth2(TestTokens.client("wiki", "reporting-client")).contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "CONDUCT", "behaviour", "INTIMIDATION", "community", "en.example",
                                "summary", "Messages on my talk page",
                                "details", "He wrote that he is going to kill you all, and that he knows where you live."),
                        "reporter", member(uniqueName(), 50)))
                .post("/api/reports/on-behalf")
                .then().statusCode(202).extract().path("id");

        String record = KafkaTestClient.awaitFirst(Topics.REPORT_SUBMITTED, value -> value.contains(id), TIMEOUT);

        assertThat(EventCodec.decode(record, ReportSubmitted.class).payload().emergencyHints())
                .containsExactly(EmergencyType.THREAT_OF_VIOLENCE);
        assertThat(record).doesNotContain("kill").doesNotContain("talk page");
    }

    private static Map<String, Object> routedWith(CommunityGuidance guidance) {
        Map<String, Object> receipt = file("en.example", 50).statusCode(202).extract().as(Map.class);
        UUID reportId = UUID.fromString((String) receipt.get("id"));
        ReportSubmitted submitted = new ReportSubmitted(reportId, ReportKind.CONDUCT, null, BehaviourType.DOXING,
                ReportSource.COMMUNITY_MEMBER, "en.example", null, null, null, "en", true, false, Instant.now());
        announce(new ReportRouted(reportId, Route.COMMUNITY_PROCESS, "community-process", "To the community",
                submitted, 4, null, guidance, null));
        return receipt;
    }

    private static ValidatableResponse receipt(Map<String, Object> receipt) {
        return given().header("Receipt-Token", receipt.get("receiptToken"))
                .get("/api/reports/" + receipt.get("id") + "/status").then();
    }

    private static CommunityConfigured configured(String community, int version, int minEdits, int confirmedPerDay) {
        return new CommunityConfigured(community, version, EnumSet.allOf(ReportKind.class),
                new CommunityConfigured.Eligibility(Duration.ofHours(3), minEdits, true),
                new CommunityConfigured.DailyLimits(1, confirmedPerDay, 10),
                "https://" + community + "/wiki/Get_support", "en", Instant.now());
    }

    private static void announce(IncidentDeskEvent event) {
        EventEnvelope<IncidentDeskEvent> envelope = EventEnvelope.wrap(event, Instant.now());
        KafkaTestClient.send(envelope.topic(), envelope.aggregateId(), EventCodec.encode(envelope));
    }

    private static ValidatableResponse file(String community, int edits) {
        return given().auth().oauth2(TestTokens.client("wiki", "reporting-client")).contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "CONDUCT", "behaviour", "DOXING", "community", community,
                        "summary", "My address was posted"), "reporter", member(uniqueName(), edits)))
                .post("/api/reports/on-behalf")
                .then();
    }

    private static Map<String, Object> member(String username, int edits) {
        return Map.of("username", username, "accountCreatedAt", LONG_AGO.toString(), "editCount", edits,
                "emailConfirmed", true, "blocked", false, "groups", List.of("autoconfirmed"),
                "email", username.toLowerCase() + "@example.org", "language", "en");
    }

    private static String uniqueName() {
        return "Member" + UUID.randomUUID().toString().substring(0, 8);
    }
}
