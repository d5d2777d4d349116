package org.incidentdesk.launcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.incidentdesk.servers.IrcServer;
import org.incidentdesk.servers.ReceivedMail;
import org.incidentdesk.testsupport.IrcChannelWatcher;

/**
 * The walking skeleton: one outage report through the gateway, every hop real. intake stores it with its outbox
 * row, the relay publishes it, routing classifies it, case-service opens an incident, notification-service emails
 * the reporter and announces it in the ops channel, a staff member (signed in at Keycloak) closes it, and
 * postmortem-service drafts the post-mortem. Removing any hop makes a step below time out.
 * <p>
 * Then what depends on intake running twice and on the broker coming and going: the daily quota holds across
 * the two intake replicas, reports filed while the broker is down are accepted and reach routing once it is back,
 * and (last, as it stops the broker and the database for good) readiness follows both.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonIT {

    private static final Duration HOP_TIMEOUT = Duration.ofSeconds(60);
    /** How long the relay waits for Kafka's acknowledgements before a run fails (incident-desk.outbox.send-timeout). */
    private static final Duration RELAY_SEND_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(90);
    private static final String WIKI_CLIENT = "wiki";
    private static final String WIKI_SECRET = "local-demo-wiki-secret";
    private static final String OPS_CHANNEL = "#incident-desk-ops";

    private static LocalStack stack;

    @BeforeAll
    static void startTheSystem() throws IOException {
        Path root = Path.of(System.getProperty("incident-desk.repository-root", "../../..")).toAbsolutePath().normalize();
        Path data = root.resolve("deploy/local/launcher/target/e2e-stack");
        // Empty databases and broker on every run (daily quotas count across runs otherwise: the anonymous one
        // allows 20 reports a day from 127.0.0.1); Keycloak's unpacked distribution is kept, it is slow to unpack.
        deleteRecursively(data.resolve("postgres"));
        deleteRecursively(data.resolve("kafka"));
        stack = LocalStack.start(new StackSettings(root, data, new StackPorts(20000)));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @AfterAll
    static void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void anOutageReportTravelsThroughAllFiveServices() throws Exception {
        IrcServer irc = stack.irc().orElseThrow(() -> new AssertionError(
                "ngircd is not installed; the ops channel hop needs it: apt-get install ngircd"));
        String reporterEmail = "reporter-" + UUID.randomUUID() + "@example.org";
        String staffToken = KeycloakLogin.passwordGrant(stack.issuerUrl(), "infrastructure-specialist", "demo");

        try (IrcChannelWatcher chat = IrcChannelWatcher.join(irc.host(), irc.port(), List.of(OPS_CHANNEL), HOP_TIMEOUT)) {
            // intake, through the gateway
            Map<String, Object> receipt = given().baseUri(stack.gatewayUrl().toString())
                    .contentType(ContentType.JSON)
                    .body(Map.of("report", Map.of("kind", "OUTAGE", "community", "en.example",
                                    "affectedService", "MediaWiki", "summary", "Every page answers 503",
                                    "details", "Since 10:02 UTC, all pages"),
                            "reporter", Map.of("email", reporterEmail, "language", "en")))
                    .post("/api/reports")
                    .then().statusCode(202)
                    .header("Location", startsWith(stack.gatewayUrl() + "/api/reports/"))
                    .extract().as(Map.class);
            String reportId = (String) receipt.get("id");
            String receiptToken = (String) receipt.get("receiptToken");

            // routing
            await().atMost(HOP_TIMEOUT).untilAsserted(() -> staff(staffToken)
                    .get("/api/routing/decisions/" + reportId)
                    .then().statusCode(200).body("route", equalTo("OUTAGE")));

            // case-service
            Map<String, Object> incident = await().atMost(HOP_TIMEOUT).until(
                    () -> caseOfReport(staffToken, reportId), found -> found != null);
            String caseId = (String) incident.get("id");
            String reference = (String) incident.get("reference");
            assertThat(incident).containsEntry("status", "OPEN").containsEntry("family", "OPERATIONAL");

            // notification-service: the reporter's acknowledgement by email...
            List<ReceivedMail> mails = stack.mail().inbox().awaitMessagesFor(reporterEmail, 1, HOP_TIMEOUT);
            assertThat(mails.get(0).subject()).contains(reportId);
            assertThat(mails.get(0).body()).contains("within 3 days");
            // ...and the announcement in the ops channel
            await().atMost(HOP_TIMEOUT).until(
                    () -> chat.linesIn(OPS_CHANNEL).stream().anyMatch(line -> line.contains("[" + reference + "] opened")));

            // the first responder takes both roles, hands communication to a community liaison, and restores service
            staff(staffToken).contentType(ContentType.JSON).body(Map.of("to", "INVESTIGATING"))
                    .post("/api/cases/" + caseId + "/transitions").then().statusCode(200)
                    .body("communicator", equalTo("infrastructure-specialist"))
                    .body("diagnosisLead", equalTo("infrastructure-specialist"));
            staff(staffToken).contentType(ContentType.JSON).body(Map.of("holder", "community-liaison"))
                    .put("/api/cases/" + caseId + "/roles/COMMUNICATOR").then().statusCode(200);
            staff(staffToken).contentType(ContentType.JSON).body(Map.of("to", "RESOLVED"))
                    .post("/api/cases/" + caseId + "/transitions").then().statusCode(200)
                    .body("communicator", equalTo("community-liaison"));

            // a staff member closes the incident
            staff(staffToken).contentType(ContentType.JSON)
                    .body(Map.of("resolution", "Restarted the application servers"))
                    .post("/api/cases/" + caseId + "/closure")
                    .then().statusCode(200).body("status", equalTo("CLOSED"));

            // the reporter sees, with the receipt token, that their report was handled
            await().atMost(HOP_TIMEOUT).untilAsserted(() -> gateway().header("Receipt-Token", receiptToken)
                    .get("/api/reports/" + reportId + "/status")
                    .then().statusCode(200).body("status", equalTo("CLOSED")));

            // postmortem-service drafts the post-mortem and fills it from case-service's record of the incident
            String postmortem = await().atMost(HOP_TIMEOUT).until(() -> {
                List<Map<String, Object>> drafts = staff(staffToken).get("/api/postmortems")
                        .then().statusCode(200).extract().jsonPath().getList("findAll { it.caseId == '" + caseId + "' }");
                return drafts.size() == 1 && drafts.get(0).get("importedAt") != null
                        ? (String) drafts.get(0).get("id") : null;
            }, found -> found != null);
            assertThat(staff(staffToken).get("/api/postmortems").then().statusCode(200).extract().jsonPath()
                    .getList("findAll { it.caseId == '" + caseId + "' }")).as("one draft per incident").hasSize(1);
            staff(staffToken).get("/api/postmortems/" + postmortem).then().statusCode(200)
                    .body("status", equalTo("DRAFT"))
                    .body("content.timeline.text", hasItem(containsString("RESOLVED")))
                    .body("content.responders", hasItems("infrastructure-specialist", "community-liaison"));

            // reviewed, approved by the director, published: anyone reads it without signing in, and the ops
            // channel hears of it
            staff(staffToken).contentType(ContentType.JSON).body(Map.of("reviewers", List.of("software-engineer")))
                    .post("/api/postmortems/" + postmortem + "/review").then().statusCode(200);
            String director = KeycloakLogin.passwordGrant(stack.issuerUrl(), "director", "demo");
            staff(staffToken).post("/api/postmortems/" + postmortem + "/approval").then().statusCode(403);
            staff(director).post("/api/postmortems/" + postmortem + "/approval").then().statusCode(200);
            staff(staffToken).post("/api/postmortems/" + postmortem + "/publication").then().statusCode(200);
            gateway().get("/api/public/postmortems/" + postmortem).then().statusCode(200)
                    .body("caseReference", equalTo(reference));
            assertThat(gateway().get("/api/public/postmortems/feed").then().statusCode(200).extract().asString())
                    .contains("urn:uuid:" + postmortem);
            await().atMost(HOP_TIMEOUT).until(() -> chat.linesIn(OPS_CHANNEL).stream()
                    .anyMatch(line -> line.startsWith("[" + reference + "] post-mortem published")));
        }
    }

    /**
     * A conduct case from a member's report to its decision, through the gateway with the demo IRT's own logins:
     * the IRT lead registers the team's time zones, assesses, takes the proposed sub-team, and a member of it
     * investigates, decides and closes; the reporter's report follows to CLOSED.
     */
    @Test
    @Order(1)
    void aConductCaseRunsFromTheReportToItsDecision() {
        String wiki = KeycloakLogin.clientCredentials(stack.issuerUrl(), WIKI_CLIENT, WIKI_SECRET);
        String lead = KeycloakLogin.passwordGrant(stack.issuerUrl(), "irt-lead", "demo");
        String reporter = "Member" + UUID.randomUUID().toString().substring(0, 8);
        String reporterEmail = reporter.toLowerCase() + "@example.org";
        String reportId = fileAs(reporter, wiki, "meta", Map.of("kind", "CONDUCT", "behaviour", "DOXING",
                "reportedPartyMayBeTold", true));

        Map<String, Object> conductCase = await().atMost(HOP_TIMEOUT).until(
                () -> caseOfReport(lead, reportId), found -> found != null);
        assertThat(conductCase).containsEntry("family", "CONDUCT").containsEntry("status", "RECEIVED");
        String path = "/api/cases/" + conductCase.get("id");

        String reportedPartyEmail = "reported-" + UUID.randomUUID() + "@example.org";
        List<String> team = List.of("irt-member", "irt-member-2", "irt-member-3");
        team.forEach(member -> staff(lead).contentType(ContentType.JSON)
                .body(Map.of("timeZone", "Europe/Berlin", "active", true))
                .put("/api/irt/members/" + member).then().statusCode(200));
        move(lead, path, "ASSESSING", null);
        staff(lead).contentType(ContentType.JSON)
                .body(Map.of("role", "REPORTED_PARTY", "username", "Reported-" + UUID.randomUUID(),
                        "timeZone", "Europe/London", "email", reportedPartyEmail, "language", "de"))
                .post(path + "/parties").then().statusCode(201);
        List<String> proposed = staff(lead).get(path + "/sub-team/proposal").then().statusCode(200)
                .extract().path("members");
        assertThat(proposed).containsExactlyInAnyOrderElementsOf(team);
        staff(lead).contentType(ContentType.JSON).body(Map.of("members", proposed)).put(path + "/sub-team")
                .then().statusCode(200);

        String member = KeycloakLogin.passwordGrant(stack.issuerUrl(), "irt-member", "demo");
        // the saved replies: case-service keeps the words, notification-service reads them (and the reporter's
        // address from intake) when it sends, and the deliveries come back as timeline entries and met deadlines
        staff(member).contentType(ContentType.JSON)
                .body(Map.of("reply", "NEXT_STEPS", "text", "We will talk to the people involved this week."))
                .post(path + "/messages").then().statusCode(201);
        staff(member).contentType(ContentType.JSON).body(Map.of("reply", "REPORTED_PARTY_NOTICE"))
                .post(path + "/messages").then().statusCode(201);
        String reference = (String) conductCase.get("reference");
        assertThat(stack.mail().inbox().awaitMessagesFor(reporterEmail, 2, HOP_TIMEOUT))
                .anySatisfy(mail -> assertThat(mail.subject()).isEqualTo("Your report " + reference))
                .anySatisfy(mail -> assertThat(mail.body()).contains("We will talk to the people involved this week.")
                        .contains("Please keep this case and our conversation confidential"));
        assertThat(stack.mail().inbox().awaitMessagesFor(reportedPartyEmail, 1, HOP_TIMEOUT).get(0).subject())
                .isEqualTo("Eine Meldung, die Sie betrifft (" + reference + ")");
        await().atMost(HOP_TIMEOUT).untilAsserted(() -> staff(member).get(path + "/deadlines").then()
                .statusCode(200).body("find { it.kind == 'NOTIFY_PARTIES' }.status", equalTo("MET"))
                .body("find { it.kind == 'REPLY_TO_REPORTER' }.metBy", equalTo("notification-service")));
        staff(member).get(path + "/timeline").then().statusCode(200).body("text", hasItems(
                "Reporter notified: next steps", "Reported party notified: reported party notice"));
        move(member, path, "INVESTIGATING", null);
        move(member, path, "DECIDING", null);
        staff(member).contentType(ContentType.JSON)
                .body(Map.of("kind", "WARNING", "responsePlan", "Publishing someone's address is not allowed."))
                .post(path + "/decision").then().statusCode(201);
        move(member, path, "CLOSED_WITH_DECISION", "Warning issued; the reporter was told");
        staff(member).get(path + "/deadlines").then().statusCode(200)
                .body("kind", hasItems("REPLY_TO_REPORTER", "NOTIFY_PARTIES"));

        await().atMost(HOP_TIMEOUT).untilAsserted(() -> staff(lead).get("/api/reports/" + reportId)
                .then().statusCode(200).body("status", equalTo("CLOSED")));
        staff(KeycloakLogin.passwordGrant(stack.issuerUrl(), "infrastructure-specialist", "demo")).get(path)
                .then().statusCode(404);
    }

    private static void move(String token, String casePath, String to, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (note != null) {
            body.put("note", note);
        }
        staff(token).contentType(ContentType.JSON).body(body).post(casePath + "/transitions")
                .then().statusCode(200).body("status", equalTo(to));
    }

    /**
     * The other four ways in, through the gateway, each to a routing decision: a member's report filed by the wiki,
     * a staff declaration, a monitoring alert, and an email to the reports mailbox, whose sender is answered.
     */
    @Test
    @Order(1)
    void everyOtherWayInReachesRouting() throws Exception {
        String staffToken = KeycloakLogin.passwordGrant(stack.issuerUrl(), "director", "demo");
        String wikiToken = KeycloakLogin.clientCredentials(stack.issuerUrl(), WIKI_CLIENT, WIKI_SECRET);
        String member = "Member" + UUID.randomUUID().toString().substring(0, 8);

        String onBehalf = gateway().auth().oauth2(wikiToken).contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "CONDUCT", "behaviour", "INTIMIDATION", "community", "en.example",
                                "summary", "Threatening messages on my talk page"),
                        "reporter", Map.of("username", member, "accountCreatedAt", "2024-01-01T00:00:00Z",
                                "editCount", 40, "emailConfirmed", true, "blocked", false, "groups", List.of(),
                                "email", member.toLowerCase() + "@example.org", "language", "en")))
                .post("/api/reports/on-behalf").then().statusCode(202).extract().path("id");
        String declared = gateway().auth().oauth2(staffToken).contentType(ContentType.JSON)
                .body(Map.of("report", Map.of("kind", "SECURITY", "community", "en.example", "summary", "Leaked token")))
                .post("/api/reports/declared").then().statusCode(202).extract().path("id");
        String alerted = gateway().header("Authorization", "Secret " + LocalSecrets.ALERT_SECRET)
                .contentType(ContentType.JSON)
                .body(Map.of("version", "4", "status", "firing", "alerts", List.of(Map.of("status", "firing",
                        "labels", Map.of("alertname", "SearchDown", "service", "search"),
                        "annotations", Map.of("summary", "Search answers 500"),
                        "fingerprint", UUID.randomUUID().toString()))))
                .post("/api/reports/alerts/" + LocalSecrets.ALERT_SOURCE)
                .then().statusCode(202).extract().path("opened[0]");
        String sender = "sender-" + UUID.randomUUID() + "@example.org";
        sendMail(sender, LocalStack.REPORTS_MAILBOX, "Harassment on the forum", "Someone keeps insulting me.");
        List<ReceivedMail> answer = stack.mail().inbox().awaitMessagesFor(sender, 1, HOP_TIMEOUT);
        String emailed = answer.get(0).subject().replaceAll(".*\\(([0-9a-f-]{36})\\).*", "$1");

        for (String reportId : List.of(onBehalf, declared, alerted, emailed)) {
            await().atMost(HOP_TIMEOUT).untilAsserted(() -> staff(staffToken)
                    .get("/api/routing/decisions/" + reportId).then().statusCode(200));
        }
    }

    /**
     * Every route is reached from a real report through the gateway, and a community's configuration, changed by
     * the director through the API, decides the next report: emergency, community process, code-of-conduct case
     * (handed to the Incident Response Team), outage, security, and not actionable (a flow the community turned off).
     */
    @Test
    @Order(1)
    void everyRouteIsReachedFromARealReportAndConfigurationAppliesToTheNextOne() {
        String director = KeycloakLogin.passwordGrant(stack.issuerUrl(), "director", "demo");
        String wiki = KeycloakLogin.clientCredentials(stack.issuerUrl(), WIKI_CLIENT, WIKI_SECRET);
        String community = "e2e" + UUID.randomUUID().toString().substring(0, 6) + ".example";

        assertRoute(director, fileOn(wiki, community, Map.of("kind", "EMERGENCY", "emergencyType", "THREAT_OF_VIOLENCE")),
                "EMERGENCY");
        assertRoute(director, fileOn(wiki, community, Map.of("kind", "CONDUCT", "behaviour", "DOXING")),
                "COMMUNITY_PROCESS");
        assertRoute(director, fileOn(wiki, community, Map.of("kind", "SECURITY")), "SECURITY");
        assertRoute(director, fileOn(wiki, community, Map.of("kind", "OUTAGE", "affectedService", "Search")), "OUTAGE");

        Map<String, Object> settings = staff(director).get("/api/routing/communities/" + community)
                .then().statusCode(200).extract().path("settings");
        Map<String, Object> changed = new HashMap<>(settings);
        changed.put("conductHandling", "INCIDENT_RESPONSE_TEAM");
        changed.put("enabledFlows", List.of("EMERGENCY", "SECURITY", "CONDUCT"));
        staff(director).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put("/api/routing/communities/" + community)
                .then().statusCode(200).body("version", equalTo(1)).body("changedBy", equalTo("director"));

        String conduct = fileOn(wiki, community, Map.of("kind", "CONDUCT", "behaviour", "DOXING"));
        assertRoute(director, conduct, "CONDUCT_CASE");
        staff(director).get("/api/routing/decisions/" + conduct).then().body("configurationVersion", equalTo(1));
        assertRoute(director, fileOn(wiki, community, Map.of("kind", "OUTAGE", "affectedService", "Uploads")),
                "NOT_ACTIONABLE");
    }

    private static void assertRoute(String staffToken, String reportId, String route) {
        await().atMost(HOP_TIMEOUT).untilAsserted(() -> staff(staffToken).get("/api/routing/decisions/" + reportId)
                .then().statusCode(200).body("route", equalTo(route)));
    }

    /** A report the wiki files for a new, eligible member on the community; returns its id. */
    private static String fileOn(String wikiToken, String community, Map<String, Object> what) {
        return fileAs("Member" + UUID.randomUUID().toString().substring(0, 8), wikiToken, community, what);
    }

    /** Files a report for the member, whose address is their lower-cased name at example.org. */
    private static String fileAs(String member, String wikiToken, String community, Map<String, Object> what) {
        Map<String, Object> report = new HashMap<>(what);
        report.put("community", community);
        report.put("summary", "Reported in the end-to-end test");
        return gateway().auth().oauth2(wikiToken).contentType(ContentType.JSON)
                .body(Map.of("report", report, "reporter", Map.of("username", member,
                        "accountCreatedAt", "2024-01-01T00:00:00Z", "editCount", 40, "emailConfirmed", true,
                        "blocked", false, "groups", List.of("autoconfirmed"),
                        "email", member.toLowerCase() + "@example.org", "language", "en")))
                .post("/api/reports/on-behalf").then().statusCode(202).extract().path("id");
    }

    /**
     * A member outside the confirmed group may file one report a day. Counted in each process, the second report,
     * sent to the other replica, would be accepted too.
     */
    @Test
    @Order(2)
    void quotasAreSharedAcrossTwoIntakeInstances() {
        List<ServiceCatalog.Instance> intake = intakeReplicas();
        assertThat(intake).hasSize(2);
        Map<String, Long> pids = stack.servicePids();
        assertThat(pids.get(intake.get(0).name())).as("two processes")
                .isNotNull().isNotEqualTo(pids.get(intake.get(1).name()));
        String wiki = KeycloakLogin.clientCredentials(stack.issuerUrl(), WIKI_CLIENT, WIKI_SECRET);

        secondReportOfTheDayIsRefused(wiki, intake.get(0).url(), intake.get(1).url());
        secondReportOfTheDayIsRefused(wiki, intake.get(1).url(), intake.get(0).url());
    }

    private static void secondReportOfTheDayIsRefused(String wikiToken, URI first, URI second) {
        String member = "quota-" + UUID.randomUUID(); // a member with no report yet today
        fileForMember(wikiToken, first, "CONDUCT", member, false, "Insults on my talk page")
                .then().statusCode(202);
        fileForMember(wikiToken, second, "CONDUCT", member, false, "More insults on my talk page")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }

    /**
     * Reports filed while the broker is down are accepted (their events wait in the outbox) and reach routing once
     * it is back: both replicas' relays and routing's consumer reconnect to the restarted broker.
     */
    @Test
    @Order(3)
    void theRelaySurvivesABrokerOutage() throws InterruptedException {
        String wiki = KeycloakLogin.clientCredentials(stack.issuerUrl(), WIKI_CLIENT, WIKI_SECRET);
        String director = KeycloakLogin.passwordGrant(stack.issuerUrl(), "director", "demo");

        stack.kafka().close();
        await().atMost(HOP_TIMEOUT).untilAsserted(
                () -> intakeReplicas().forEach(replica -> assertNotReadyButAlive(replica.port())));

        // each replica, and the gateway, still accept reports
        List<URI> targets = new ArrayList<>(intakeReplicas().stream().map(ServiceCatalog.Instance::url).toList());
        targets.add(stack.gatewayUrl());
        List<String> reportIds = new ArrayList<>();
        for (URI target : targets) {
            reportIds.add(fileForMember(wiki, target, "OUTAGE", "outage-" + UUID.randomUUID(), true,
                    "Every page answers 503 (filed during a broker outage)")
                    .then().statusCode(202).extract().path("id"));
        }
        // longer than the relay waits for acknowledgements, so that relay runs fail meanwhile
        Thread.sleep(RELAY_SEND_TIMEOUT.plusSeconds(2).toMillis());
        reportIds.forEach(id -> staff(director).get("/api/routing/decisions/" + id).then().statusCode(404));

        stack.startKafkaAgain();
        for (String id : reportIds) {
            await().atMost(RECOVERY_TIMEOUT).untilAsserted(() -> staff(director)
                    .get("/api/routing/decisions/" + id)
                    .then().statusCode(200).body("route", equalTo("OUTAGE")));
        }
    }

    /** Runs last: it stops the broker and the database under the running services. */
    @Test
    @Order(4)
    void readinessFollowsTheBrokerAndTheDatabaseWhileLivenessStaysUp() {
        stack.kafka().close();
        await().atMost(HOP_TIMEOUT).untilAsserted(() -> everyService(this::assertNotReadyButAlive));

        stack.postgres().close();
        await().atMost(HOP_TIMEOUT).untilAsserted(() -> everyService(port -> {
            assertNotReadyButAlive(port);
            given().baseUri("http://127.0.0.1").port(port).get("/q/health/ready")
                    .then().body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"));
        }));
    }

    private void assertNotReadyButAlive(int port) {
        given().baseUri("http://127.0.0.1").port(port).get("/q/health/ready").then().statusCode(503);
        given().baseUri("http://127.0.0.1").port(port).get("/q/health/live").then().statusCode(200);
    }

    /** Every process of every service, both intake replicas included. */
    private static void everyService(IntConsumer check) {
        ServiceCatalog.instances(stack.settings().ports()).forEach(instance -> check.accept(instance.port()));
    }

    private static List<ServiceCatalog.Instance> intakeReplicas() {
        return ServiceCatalog.instancesOf("intake-service", stack.settings().ports());
    }

    /** The wiki files a report for a member whose account is old enough, with edits and a confirmed email. */
    private static Response fileForMember(String wikiToken, URI intake, String kind, String username,
            boolean autoconfirmed, String summary) {
        Map<String, Object> report = kind.equals("OUTAGE")
                ? Map.of("kind", kind, "community", "en.example", "summary", summary, "affectedService", "MediaWiki")
                : Map.of("kind", kind, "behaviour", "INTIMIDATION", "community", "en.example", "summary", summary);
        return given().baseUri(intake.toString()).auth().oauth2(wikiToken)
                .contentType(ContentType.JSON)
                .body(Map.of("report", report,
                        "reporter", Map.of("username", username, "accountCreatedAt", "2025-01-01T00:00:00Z",
                                "editCount", 3, "emailConfirmed", true, "blocked", false,
                                "groups", autoconfirmed ? List.of("autoconfirmed") : List.of(),
                                "email", username + "@example.org", "language", "en")))
                .post("/api/reports/on-behalf");
    }

    private static RequestSpecification gateway() {
        return given().baseUri(stack.gatewayUrl().toString());
    }

    private static void sendMail(String from, String to, String subject, String text) throws MessagingException {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", stack.mail().host());
        smtp.put("mail.smtp.port", Integer.toString(stack.mail().smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }

    private static RequestSpecification staff(String token) {
        return given().baseUri(stack.gatewayUrl().toString()).auth().oauth2(token);
    }

    /** The case opened for the report, or null while there is none yet. */
    private static Map<String, Object> caseOfReport(String token, String reportId) {
        return staff(token).get("/api/cases").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.reportId == '" + reportId + "' }");
    }
}
