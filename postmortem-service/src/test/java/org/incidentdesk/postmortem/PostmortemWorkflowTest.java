package org.incidentdesk.postmortem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.incidentdesk.events.CaseClosed;
import org.incidentdesk.events.CaseFamily;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.EventEnvelope;
import org.incidentdesk.events.PostmortemActionItemOverdue;
import org.incidentdesk.events.PostmortemDrafted;
import org.incidentdesk.events.PostmortemPublished;
import org.incidentdesk.events.Route;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/**
 * A report's way from the closed incident to the public, with the roles each step needs, and the guarantee that
 * nothing unpublished, internal or confidential reaches any public path.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@WithTestResource(CaseServiceStub.class)
class PostmortemWorkflowTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ENGINEER = TestTokens.staff("erin", "software-engineer");
    private static final String DEPUTY = TestTokens.staff("dave", "deputy-director");
    private static final String DIRECTOR = TestTokens.staff("dora", "director");
    private static final String SECURITY = TestTokens.staff("sam", "security-specialist");
    private static final String PUBLIC = "/api/public/postmortems";

    @Test
    void aClosedOutageIsDraftedFromItsCaseRecordWithItsOutageMinutes() {
        CaseClosed closed = closed(Route.OUTAGE);
        Instant opened = closed.closedAt().minus(Duration.ofMinutes(90));
        CaseServiceStub.answerRecord(closed.caseId(), 200, """
                {"caseId":"%s","reference":"%s","route":"OUTAGE","title":"Outage of MediaWiki","confidential":false,
                 "community":"en.example","affectedService":"MediaWiki","severity":"FULL_OUTAGE","openedAt":"%s",
                 "closedAt":"%s","resolution":"Restarted","dataLost":null,"contributionsRejected":null,
                 "responders":["ian","cleo"],
                 "timeline":[{"at":"%s","kind":"STATE_CHANGE","author":"ian","text":"OPEN -> INVESTIGATING"}],
                 "serviceStates":[{"service":"MediaWiki","state":"DOWN","at":"%s"},
                                  {"service":"MediaWiki","state":"PARTIAL","at":"%s"},
                                  {"service":"MediaWiki","state":"UP","at":"%s"}],
                 "impacts":[{"userType":"READERS","description":"No page loaded"}]}
                """.formatted(closed.caseId(), closed.reference(), opened, closed.closedAt(), opened, opened,
                opened.plus(Duration.ofMinutes(20)), opened.plus(Duration.ofMinutes(50))));

        KafkaTestClient.send(Topics.CASE_CLOSED, closed.aggregateId(), EventCodec.encode(EventEnvelope.wrap(closed,
                Instant.now())));

        String id = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.POSTMORTEM_DRAFTED,
                value -> value.contains(closed.caseId().toString()), TIMEOUT), PostmortemDrafted.class).payload()
                .postmortemId().toString();
        await().atMost(TIMEOUT).untilAsserted(() -> staff(ENGINEER).get("/api/postmortems/" + id).then()
                .statusCode(200).body("importedAt", notNullValue()));
        staff(ENGINEER).get("/api/postmortems/" + id).then()
                .body("status", equalTo("DRAFT"))
                .body("classification", equalTo("OPERATIONAL"))
                .body("content.timeline[0].text", equalTo("ian: OPEN -> INVESTIGATING"))
                .body("content.serviceStates", hasSize(3))
                .body("content.impact.READERS", equalTo("No page loaded"))
                .body("content.responders", equalTo(List.of("ian", "cleo")))
                .body("outageMinutes.visible", equalTo(20))
                .body("outageMinutes.total", equalTo(50));
        staff(ENGINEER).get("/api/postmortems/" + id + "/revisions").then().statusCode(200)
                .body("[0].changedBy", equalTo("case-service"));
    }

    @Test
    void aReportFilledFromASecurityIncidentBecomesConfidentialWhateverItWasCreatedAs() {
        UUID caseId = UUID.randomUUID();
        CaseServiceStub.answerRecord(caseId, 200, """
                {"caseId":"%s","reference":"INC-999","route":"SECURITY","title":"Security incident","confidential":true,
                 "community":null,"affectedService":null,"severity":null,"openedAt":"2026-11-01T10:00:00Z",
                 "closedAt":"2026-11-01T12:00:00Z","resolution":"Rotated","dataLost":null,
                 "contributionsRejected":null,"responders":["sam"],
                 "timeline":[{"at":"2026-11-01T10:00:00Z","kind":"NOTE","author":"sam","text":"Keys leaked"}],
                 "serviceStates":[],"impacts":[]}
                """.formatted(caseId));
        String id = staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("title", "Worth learning from",
                "caseId", caseId.toString())).post("/api/postmortems").then().statusCode(201).extract().path("id");
        staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("title", "Twice", "caseId", caseId.toString()))
                .post("/api/postmortems").then().statusCode(409);

        await().atMost(TIMEOUT).untilAsserted(() -> staff(SECURITY).get("/api/postmortems/" + id).then()
                .statusCode(200).body("classification", equalTo("SECURITY")).body("caseReference", equalTo("INC-999"))
                .body("content.timeline[0].text", equalTo("sam: Keys leaked")));
        staff(ENGINEER).get("/api/postmortems/" + id).then().statusCode(404);
    }

    @Test
    void theWorkflowNeedsTheRightRolesAndKeepsEveryRevision() {
        String id = create(ENGINEER, "Search was slow", null);
        edit(ENGINEER, id, content("Search answered in 10 s", "TECHNICAL", "Search", List.of())).statusCode(200)
                .body("revision", equalTo(1));
        staff(ENGINEER).post("/api/postmortems/" + id + "/publication").then().statusCode(409)
                .contentType("application/problem+json");
        staff(DEPUTY).post("/api/postmortems/" + id + "/approval").then().statusCode(409)
                .body("detail", containsString("approved only once IN_REVIEW"));
        staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("reviewers", List.of()))
                .post("/api/postmortems/" + id + "/review").then().statusCode(400);
        staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("reviewers", List.of("ian", "sam")))
                .post("/api/postmortems/" + id + "/review").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("reviewers", equalTo(List.of("ian", "sam")));
        staff(ENGINEER).post("/api/postmortems/" + id + "/approval").then().statusCode(403);
        staff(DEPUTY).post("/api/postmortems/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", equalTo("dave"));
        staff(ENGINEER).post("/api/postmortems/" + id + "/publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        PostmortemPublished published = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.POSTMORTEM_PUBLISHED,
                value -> value.contains(id), TIMEOUT), PostmortemPublished.class).payload();
        assertThat(published.publicUrl()).endsWith(PUBLIC + "/" + id);
        given().get(PUBLIC + "/" + id).then().statusCode(200).body("content.summary",
                equalTo("Search answered in 10 s"));

        edit(ENGINEER, id, content("Search answered in 12 s", "TECHNICAL", "Search", List.of())).statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("revision", equalTo(2))
                .body("publishedRevision", equalTo(1));
        given().get(PUBLIC + "/" + id).then().statusCode(200).body("content.summary",
                equalTo("Search answered in 10 s")).body("revision", equalTo(1));
        staff(DEPUTY).post("/api/postmortems/" + id + "/approval").then().statusCode(200);
        staff(ENGINEER).post("/api/postmortems/" + id + "/publication").then().statusCode(200);
        given().get(PUBLIC + "/" + id).then().statusCode(200).body("content.summary",
                equalTo("Search answered in 12 s")).body("revision", equalTo(2));
        staff(ENGINEER).get("/api/postmortems/" + id + "/revisions").then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2)))
                .body("[0].content.summary", equalTo("Search answered in 10 s"))
                .body("[1].changedFields", equalTo(List.of("summary"))).body("[1].changedBy", equalTo("erin"));

        staff(TestTokens.staff("irene", "irt-member")).get("/api/postmortems/" + id).then().statusCode(403);
        given().get("/api/postmortems/" + id).then().statusCode(401);
        staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("title", "x", "internalFields", List.of("secrets")))
                .put("/api/postmortems/" + id).then().statusCode(400).body("violations.field",
                        hasItem("content.internalFields"));
        staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("title", "x", "impact", Map.of("ROBOTS", "y")))
                .put("/api/postmortems/" + id).then().statusCode(400);
    }

    @Test
    void aSecurityReportIsNeverPublishedAndOnlyTheDirectorLowersIt() {
        String id = create(SECURITY, "Leaked session tokens", "SECURITY");
        staff(ENGINEER).get("/api/postmortems/" + id).then().statusCode(404);
        reviewAndApprove(SECURITY, id);
        staff(SECURITY).post("/api/postmortems/" + id + "/publication").then().statusCode(409)
                .body("detail", containsString("never published"));
        staff(SECURITY).contentType(ContentType.JSON).body(Map.of("classification", "OPERATIONAL"))
                .put("/api/postmortems/" + id + "/classification").then().statusCode(403);
        staff(DEPUTY).contentType(ContentType.JSON).body(Map.of("classification", "OPERATIONAL"))
                .put("/api/postmortems/" + id + "/classification").then().statusCode(403);
        given().get(PUBLIC + "/" + id).then().statusCode(404);

        String published = create(ENGINEER, "Uploads failed", null);
        reviewAndApprove(ENGINEER, published);
        staff(ENGINEER).post("/api/postmortems/" + published + "/publication").then().statusCode(200);
        given().get(PUBLIC + "/" + published).then().statusCode(200);
        staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("classification", "PRIVACY"))
                .put("/api/postmortems/" + published + "/classification").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("confidential", equalTo(true));
        given().get(PUBLIC + "/" + published).then().statusCode(404);
        staff(DIRECTOR).contentType(ContentType.JSON).body(Map.of("classification", "OPERATIONAL"))
                .put("/api/postmortems/" + published + "/classification").then().statusCode(200);
        staff(ENGINEER).post("/api/postmortems/" + published + "/publication").then().statusCode(200);
    }

    @Test
    void nothingUnpublishedInternalOrConfidentialReachesAnyPublicPath() throws Exception {
        String marker = "MARKER-" + UUID.randomUUID();
        String draft = create(ENGINEER, "Draft " + marker, null);
        edit(ENGINEER, draft, content("Draft summary " + marker, "HUMAN", "Varnish", List.of())).statusCode(200);

        String security = create(SECURITY, "Security " + marker, "SECURITY");
        edit(SECURITY, security, content(marker, "HUMAN", "LDAP-" + marker, List.of())).statusCode(200);
        reviewAndApprove(SECURITY, security);

        String withInternals = create(ENGINEER, "Memcached failed", null);
        Map<String, Object> body = content("Memcached ran out of memory", "TECHNICAL", "Memcached",
                List.of("knownProblems", "serviceStates"));
        body.put("knownProblems", "Known: " + marker);
        edit(ENGINEER, withInternals, body).statusCode(200);
        staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("description", "Fix " + marker, "owner", "ian",
                "dueAt", Instant.now().plus(Duration.ofDays(30)).toString(), "internal", true))
                .post("/api/postmortems/" + withInternals + "/action-items").then().statusCode(201);
        staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("description", "Add an alert", "owner", "ian",
                "dueAt", Instant.now().plus(Duration.ofDays(30)).toString(),
                "trackerUrl", "https://tracker.example.org/T1"))
                .post("/api/postmortems/" + withInternals + "/action-items").then().statusCode(201);
        reviewAndApprove(ENGINEER, withInternals);
        staff(ENGINEER).post("/api/postmortems/" + withInternals + "/publication").then().statusCode(200);

        // edited after publication: in review again, the public still reads what was published
        Map<String, Object> edited = content("Memcached ran out of memory " + marker, "TECHNICAL", "Memcached",
                List.of());
        edit(ENGINEER, withInternals, edited).statusCode(200).body("status", equalTo("IN_REVIEW"));
        staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("description", "Later " + marker, "owner", "ian",
                "dueAt", Instant.now().plus(Duration.ofDays(30)).toString()))
                .post("/api/postmortems/" + withInternals + "/action-items").then().statusCode(201);

        List<String> answers = new ArrayList<>();
        for (String path : List.of(PUBLIC, PUBLIC + "?size=100", PUBLIC + "?cause=HUMAN", PUBLIC + "?service=Varnish",
                PUBLIC + "?service=Memcached", PUBLIC + "/statistics", PUBLIC + "/feed", PUBLIC + "/" + withInternals)) {
            answers.add(given().get(path).then().statusCode(200).extract().asString());
        }
        for (String hidden : List.of(draft, security)) {
            answers.add(given().get(PUBLIC + "/" + hidden).then().statusCode(404).extract().asString());
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain(marker));
        assertThat(answers.get(answers.size() - 3)).contains("Memcached ran out of memory")
                .contains("Add an alert").doesNotContain("\"owner\"");
        given().get(PUBLIC + "/" + withInternals).then().body("content.knownProblems", equalTo(null))
                .body("content.serviceStates", hasSize(0)).body("outageMinutes", equalTo(null));
    }

    @Test
    void theFeedIsAtomAndTheListFiltersCountsAndPages() throws Exception {
        String id = create(ENGINEER, "DNS answered nothing", null);
        edit(ENGINEER, id, content("Resolvers crashed", "UPSTREAM", "DNS", List.of())).statusCode(200);
        reviewAndApprove(ENGINEER, id);
        staff(ENGINEER).post("/api/postmortems/" + id + "/publication").then().statusCode(200);
        String another = create(ENGINEER, "LDAP refused logins", null);
        reviewAndApprove(ENGINEER, another);
        staff(ENGINEER).post("/api/postmortems/" + another + "/publication").then().statusCode(200);

        String xml = given().get(PUBLIC + "/feed").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asString();
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(xml).contains("xmlns=\"http://www.w3.org/2005/Atom\"");
        assertThat(feed.getId()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        Entry entry = feed.getEntries().stream().filter(e -> e.getId().equals("urn:uuid:" + id)).findFirst()
                .orElseThrow();
        assertThat(entry.getTitle()).isEqualTo("Post-mortem: DNS");
        assertThat(entry.getUpdated()).isNotNull();
        assertThat(entry.getAlternateLinks().get(0).getHref()).endsWith(PUBLIC + "/" + id);

        given().get(PUBLIC + "?cause=UPSTREAM&service=dns").then().statusCode(200)
                .body("id", hasItem(id));
        given().get(PUBLIC + "?cause=UPSTREAM&year=1999").then().statusCode(200).body("", hasSize(0))
                .header("X-Total-Count", "0");
        given().get(PUBLIC + "?cause=COSMIC_RAYS").then().statusCode(400).contentType("application/problem+json");
        given().get(PUBLIC + "?year=abc").then().statusCode(400);
        given().get(PUBLIC + "?size=1").then().statusCode(200).body("", hasSize(1))
                .header("Link", containsString("page=1"));
        given().get(PUBLIC + "/statistics").then().statusCode(200)
                .body("reportsPerCause.UPSTREAM", notNullValue())
                .body("reportsPerService.DNS", notNullValue());
    }

    @Test
    void anActionItemPastItsDueDateIsAnnouncedOnce() {
        String id = create(ENGINEER, "Swift lost uploads", null);
        String item = staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("description", "Add a replica",
                "owner", "ian", "dueAt", Instant.now().plusSeconds(1).toString()))
                .post("/api/postmortems/" + id + "/action-items").then().statusCode(201).extract().path("id");
        PostmortemActionItemOverdue overdue = EventCodec.decode(KafkaTestClient.awaitFirst(
                Topics.POSTMORTEM_ACTION_ITEM_OVERDUE, value -> value.contains(item), TIMEOUT),
                PostmortemActionItemOverdue.class).payload();
        assertThat(overdue.owner()).isEqualTo("ian");
        assertThat(KafkaTestClient.readMatching(Topics.POSTMORTEM_ACTION_ITEM_OVERDUE, value -> value.contains(item), 2,
                Duration.ofSeconds(3))).hasSize(1);
        staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("description", "x", "owner", "ian",
                "dueAt", Instant.now().toString(), "trackerUrl", "javascript:alert(1)"))
                .post("/api/postmortems/" + id + "/action-items").then().statusCode(400)
                .body("violations.field", hasItem("trackerUrl"));
        staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("description", "x", "owner", "ian,eve@example.org",
                "dueAt", "+300000-01-01T00:00:00Z")).post("/api/postmortems/" + id + "/action-items").then()
                .statusCode(400).body("violations.field", hasItem("owner"));
        staff(ENGINEER).contentType(ContentType.JSON).body(Map.of("description", "x", "owner", "ian",
                "dueAt", "+300000-01-01T00:00:00Z")).post("/api/postmortems/" + id + "/action-items").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private static RequestSpecification staff(String token) {
        return given().auth().oauth2(token);
    }

    private static String create(String token, String title, String classification) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title));
        if (classification != null) {
            body.put("classification", classification);
        }
        return staff(token).contentType(ContentType.JSON).body(body).post("/api/postmortems").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> content(String summary, String cause, String service, List<String> internal) {
        Instant start = Instant.parse("2026-10-01T10:00:00Z");
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Post-mortem: " + service);
        body.put("summary", summary);
        body.put("cause", cause);
        body.put("serviceStates", List.of(Map.of("service", service, "state", "DOWN", "at", start.toString()),
                Map.of("service", service, "state", "UP", "at", start.plusSeconds(1800).toString())));
        body.put("timeline", List.of(Map.of("at", start.toString(), "text", "It began")));
        body.put("internalFields", internal);
        return body;
    }

    private static ValidatableResponse edit(String token, String id, Map<String, Object> body) {
        return staff(token).contentType(ContentType.JSON).body(body).put("/api/postmortems/" + id).then();
    }

    private static void reviewAndApprove(String token, String id) {
        staff(token).contentType(ContentType.JSON).body(Map.of("reviewers", List.of("ian")))
                .post("/api/postmortems/" + id + "/review").then().statusCode(200);
        staff(DIRECTOR).post("/api/postmortems/" + id + "/approval").then().statusCode(200);
    }

    private static CaseClosed closed(Route route) {
        return new CaseClosed(UUID.randomUUID(), "INC-" + Math.abs(UUID.randomUUID().hashCode() % 10_000),
                CaseFamily.OPERATIONAL, route, "Every page answers 503", route == Route.SECURITY, true, "Restarted",
                "ian", Instant.now(), null, UUID.randomUUID());
    }
}
