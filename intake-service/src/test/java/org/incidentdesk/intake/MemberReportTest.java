package org.incidentdesk.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.incidentdesk.events.BehaviourType;
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

/** Reports a trusted client files for community members: eligibility and daily quotas. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class MemberReportTest {

    private static final Instant LONG_AGO = Instant.now().minus(400, ChronoUnit.DAYS);

    @Test
    void anEligibleMemberIsAccepted() {
        file("CONDUCT", member(uniqueName(), LONG_AGO, 12, true, false, List.of("autoconfirmed")))
                .statusCode(202)
                .body("id", notNullValue());
    }

    @Test
    void aConductReportIsReadableByTheResponseTeamOnly() {
        String id = file("CONDUCT", member(uniqueName(), LONG_AGO, 12, true, false, List.of("autoconfirmed")))
                .statusCode(202).extract().path("id");

        given().auth().oauth2(TestTokens.staff("irene", "irt-member")).get("/api/reports/" + id)
                .then().statusCode(200).body("kind", equalTo("CONDUCT"));
        given().auth().oauth2(TestTokens.staff("ian", "infrastructure-specialist")).get("/api/reports/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aTooYoungAccountIsRefusedNamingTheRule() {
        file("CONDUCT", member(uniqueName(), Instant.now().minus(2, ChronoUnit.HOURS), 12, true, false, List.of()))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("reporter.accountCreatedAt"))
                .body("detail", equalTo("Not eligible to report: the account is too new to report"));
    }

    @Test
    void anUnconfirmedEmailIsRefused() {
        file("CONDUCT", member(uniqueName(), LONG_AGO, 12, false, false, List.of()))
                .statusCode(403)
                .body("violations[0].field", equalTo("reporter.emailConfirmed"));
    }

    @Test
    void aMemberWhoIsNotAutoconfirmedMayReportOnceADay() {
        Map<String, Object> member = member(uniqueName(), LONG_AGO, 3, true, false, List.of());

        file("CONDUCT", member).statusCode(202);
        file("CONDUCT", member)
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:incident-desk:problem:too-many-requests"));
    }

    @Test
    void anAutoconfirmedMemberMayReportFiveTimesADayAndEmergenciesCountApart() {
        Map<String, Object> member = member(uniqueName(), LONG_AGO, 300, true, false, List.of("autoconfirmed"));

        IntStream.range(0, 5).forEach(i -> file("CONDUCT", member).statusCode(202));
        file("CONDUCT", member).statusCode(429);
        file("EMERGENCY", member).statusCode(202);
    }

    @Test
    void anInvalidReportIsNotCounted() {
        Map<String, Object> member = member(uniqueName(), LONG_AGO, 3, true, false, List.of());

        given().auth().oauth2(wiki()).contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "CONDUCT", "behaviour", "SPAM", "community", "en.example", "summary", ""),
                        "reporter", member))
                .post("/api/reports/on-behalf")
                .then().statusCode(400);
        file("CONDUCT", member).statusCode(202);
    }

    @Test
    void concurrentReportsCannotExceedTheQuota() throws Exception {
        Map<String, Object> member = member(uniqueName(), LONG_AGO, 3, true, false, List.of());
        String token = wiki();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> attempts = IntStream.range(0, 8)
                    .<Callable<Integer>>mapToObj(i -> () -> given().auth().oauth2(token).contentType(ContentType.JSON)
                            .body(body("CONDUCT", member)).post("/api/reports/on-behalf").statusCode())
                    .toList();
            List<Integer> statuses = pool.invokeAll(attempts).stream().map(MemberReportTest::result).toList();

            assertThat(statuses).containsOnly(202, 429).filteredOn(status -> status == 202).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTrustedClientsMayReportForMembers() {
        given().auth().oauth2(TestTokens.staff("mallory", "software-engineer")).contentType(ContentType.JSON)
                .body(body("CONDUCT", member(uniqueName(), LONG_AGO, 3, true, false, List.of())))
                .post("/api/reports/on-behalf")
                .then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(body("CONDUCT", member(uniqueName(), LONG_AGO, 3, true, false, List.of())))
                .post("/api/reports/on-behalf")
                .then().statusCode(401);
    }

    private static ValidatableResponse file(String kind, Map<String, Object> member) {
        return file(kind, member, "en.example");
    }

    private static ValidatableResponse file(String kind, Map<String, Object> member, String community) {
        return given().auth().oauth2(wiki()).contentType(ContentType.JSON)
                .body(body(kind, member, community))
                .post("/api/reports/on-behalf")
                .then();
    }

    private static Map<String, Object> body(String kind, Map<String, Object> member) {
        return body(kind, member, "en.example");
    }

    private static Map<String, Object> body(String kind, Map<String, Object> member, String community) {
        Map<String, Object> report = kind.equals("EMERGENCY")
                ? Map.of("kind", kind, "emergencyType", "THREAT_OF_VIOLENCE", "community", community,
                        "summary", "A threat on a talk page")
                : Map.of("kind", kind, "behaviour", "INTIMIDATION", "community", community,
                        "summary", "Insults on a talk page", "where", Map.of("page", "Talk:Main", "revision", 12345),
                        "reportedUser", "Troll", "reportedPartyMayBeTold", false);
        return Map.of("report", report, "reporter", member);
    }

    @Test
    void aCommunityMayHaveItsOwnRules() {
        Map<String, Object> fiveEdits = member(uniqueName(), LONG_AGO, 5, true, false, List.of());
        file("CONDUCT", fiveEdits, "strict.example")
                .statusCode(403)
                .body("violations[0].field", equalTo("reporter.editCount"));
        file("CONDUCT", fiveEdits, "en.example").statusCode(202);

        Map<String, Object> fiftyEdits = member(uniqueName(), LONG_AGO, 50, true, false, List.of());
        file("CONDUCT", fiftyEdits, "strict.example").statusCode(202);
        file("CONDUCT", fiftyEdits, "strict.example").statusCode(202);
        file("CONDUCT", fiftyEdits, "strict.example").statusCode(429);
    }

    @Test
    void aReportRoutedToTheCommunityShowsItsReporterTheCommunitysSupportPage() {
        Map<String, Object> receipt = file("CONDUCT", member(uniqueName(), LONG_AGO, 50, true, false, List.of()),
                "strict.example").statusCode(202).extract().as(Map.class);
        UUID reportId = UUID.fromString((String) receipt.get("id"));
        ReportSubmitted submitted = new ReportSubmitted(reportId, ReportKind.CONDUCT, null, BehaviourType.INTIMIDATION,
                ReportSource.COMMUNITY_MEMBER, "strict.example", null, null, null, "en", true, false, Instant.now());
        ReportRouted routed = new ReportRouted(reportId, Route.COMMUNITY_PROCESS, "community", "To the community",
                submitted);
        KafkaTestClient.send(Topics.REPORT_ROUTED, routed.aggregateId(),
                EventCodec.encode(EventEnvelope.wrap(routed, Instant.now())));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Receipt-Token", receipt.get("receiptToken"))
                .get("/api/reports/" + reportId + "/status")
                .then().statusCode(200)
                .body("status", equalTo("ROUTED"))
                .body("getSupport", equalTo("https://strict.example/wiki/Project:Get_support")));
    }

    @Test
    void anEmergencyNamesItsTypeAndAConductReportItsBehaviour() {
        Map<String, Object> member = member(uniqueName(), LONG_AGO, 12, true, false, List.of());
        given().auth().oauth2(wiki()).contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "EMERGENCY", "community", "en.example", "summary", "Threat"),
                        "reporter", member))
                .post("/api/reports/on-behalf")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("report.emergencyType"));
        given().auth().oauth2(wiki()).contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "CONDUCT", "community", "en.example", "summary", "Insults",
                        "emergencyType", "POSSIBLE_SELF_HARM"), "reporter", member))
                .post("/api/reports/on-behalf")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("report.emergencyType"));
        file("CONDUCT", member).statusCode(202);
    }

    private static Map<String, Object> member(String username, Instant created, int edits, boolean emailConfirmed,
            boolean blocked, List<String> groups) {
        return Map.of("username", username, "accountCreatedAt", created.toString(), "editCount", edits,
                "emailConfirmed", emailConfirmed, "blocked", blocked, "groups", groups,
                "email", username.toLowerCase() + "@example.org", "language", "en");
    }

    private static String wiki() {
        return TestTokens.client("wiki", "reporting-client");
    }

    private static String uniqueName() {
        return "Member" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static int result(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
