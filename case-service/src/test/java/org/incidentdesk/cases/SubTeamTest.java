package org.incidentdesk.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.incidentdesk.events.CaseOpened;
import org.incidentdesk.events.CaseSubTeamChanged;
import org.incidentdesk.events.EventCodec;
import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;

/**
 * Sub-teams against the real database, broker and identity provider: the IRT directory as data, a proposal that
 * keeps every rule, a changed proposal refused with the rule it breaks, a replacement, and who may see the case.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class SubTeamTest {

    @Test
    void membersKeepTheirOwnEntryAndLeadsKeepEveryone() {
        List<String> members = ConductCases.irtMembers("Europe/Berlin", "Europe/Paris");
        String ana = members.get(0);
        String ben = members.get(1);

        given().auth().oauth2(ConductCases.member(ana)).contentType(ContentType.JSON)
                .body(Map.of("from", "2030-03-01", "until", "2030-03-10"))
                .post("/api/irt/members/" + ana + "/absences").then().statusCode(201).body("declaredBy", equalTo(ana));
        given().auth().oauth2(ConductCases.member(ana)).contentType(ContentType.JSON)
                .body(Map.of("from", "2030-03-01", "until", "2030-03-10"))
                .post("/api/irt/members/" + ben + "/absences").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(ConductCases.member(ana)).contentType(ContentType.JSON)
                .body(Map.of("from", "2030-03-10", "until", "2030-03-01"))
                .post("/api/irt/members/" + ana + "/absences").then().statusCode(400)
                .body("violations.field", hasItem("until"));
        given().auth().oauth2(ConductCases.lead()).contentType(ContentType.JSON)
                .body(Map.of("timeZone", "Mars/Olympus", "active", true))
                .put("/api/irt/members/" + ana).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("timeZone")));
        given().auth().oauth2(ConductCases.lead()).contentType(ContentType.JSON)
                .body(Map.of("person", "Someone", "caseId", UUID.randomUUID().toString()))
                .post("/api/irt/members/" + ben + "/connections").then().statusCode(400);
        given().auth().oauth2(ConductCases.lead()).contentType(ContentType.JSON).body(Map.of("person", "Someone"))
                .post("/api/irt/members/" + ben + "/connections").then().statusCode(201)
                .body("connectedTo", equalTo("someone"));
        given().auth().oauth2(org.incidentdesk.testsupport.TestTokens.staff("ian", "infrastructure-specialist"))
                .get("/api/irt/members").then().statusCode(403);
    }

    @Test
    void aProposalKeepsEveryRuleAndFormingItStartsTheWeekToNotifyTheParties() {
        CaseOpened opened = ConductCases.open(true);
        UUID caseId = opened.caseId();
        ConductCases.move(ConductCases.lead(), caseId, "ASSESSING", null).statusCode(200);
        String accused = "Accused-" + UUID.randomUUID().toString().substring(0, 6);
        ConductCases.addParty(caseId, "REPORTER", "Reporter-" + UUID.randomUUID().toString().substring(0, 6),
                "Europe/Berlin").statusCode(201).body("mayBeContacted", equalTo(true));
        ConductCases.addParty(caseId, "REPORTED_PARTY", accused, "Europe/London").statusCode(201)
                .body("mayBeContacted", equalTo(true));
        // Many members work from Berlin: the proposal has to leave out the one connected and the one away.
        List<String> members = ConductCases.irtMembers("Europe/Berlin", "Europe/Berlin", "Europe/Berlin",
                "Europe/Berlin", "Europe/Berlin");
        String connected = members.get(0);
        String away = members.get(1);
        given().auth().oauth2(ConductCases.member(connected)).contentType(ContentType.JSON)
                .body(Map.of("person", accused)).post("/api/irt/members/" + connected + "/connections")
                .then().statusCode(201);
        given().auth().oauth2(ConductCases.member(away)).contentType(ContentType.JSON)
                .body(Map.of("from", LocalDate.now().toString(), "until", LocalDate.now().plusDays(5).toString()))
                .post("/api/irt/members/" + away + "/absences").then().statusCode(201);

        List<String> proposed = given().auth().oauth2(ConductCases.lead()).get("/api/cases/" + caseId + "/sub-team/proposal")
                .then().statusCode(200).body("members", hasSize(3)).extract().path("members");
        assertThat(proposed).doesNotContain(connected, away);

        ConductCases.formSubTeam(caseId, List.of(connected, away, members.get(2))).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:incident-desk:problem:no-valid-team"))
                .body("violations.field", equalTo(List.of("CONFLICT_OF_INTEREST", "AVAILABILITY")))
                .body("detail", containsString(connected + " has a declared connection"))
                .body("detail", not(containsString(accused)));
        given().auth().oauth2(ConductCases.member(members.get(2))).contentType(ContentType.JSON)
                .body(Map.of("members", List.of(members.get(2), members.get(3), members.get(4))))
                .put("/api/cases/" + caseId + "/sub-team").then().statusCode(403);

        ConductCases.formSubTeam(caseId, proposed).statusCode(200).body("members", equalTo(proposed));
        ConductCases.formSubTeam(caseId, proposed).statusCode(409);
        CaseSubTeamChanged formed = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_SUB_TEAM_CHANGED,
                value -> value.contains(caseId.toString()), ConductCases.TIMEOUT), CaseSubTeamChanged.class).payload();
        assertThat(formed.change()).isEqualTo("FORMED");
        assertThat(formed.members()).isEqualTo(proposed);
        assertThat(EventCodec.encode(org.incidentdesk.events.EventEnvelope.wrap(formed, java.time.Instant.now())))
                .doesNotContain(accused);
        given().auth().oauth2(ConductCases.lead()).get("/api/cases/" + caseId + "/deadlines").then().statusCode(200)
                .body("kind", hasItem("NOTIFY_PARTIES"));
        given().auth().oauth2(ConductCases.member(proposed.get(0))).get("/api/cases/" + caseId)
                .then().statusCode(200);
    }

    @Test
    void aMemberWhoLeavesIsReplacedByTheRulesAndLosesAccess() {
        CaseOpened opened = ConductCases.open(false);
        UUID caseId = opened.caseId();
        ConductCases.move(ConductCases.lead(), caseId, "ASSESSING", null).statusCode(200);
        ConductCases.addParty(caseId, "REPORTED_PARTY", "Someone-" + UUID.randomUUID(), null).statusCode(201)
                .body("mayBeContacted", equalTo(false));
        List<String> members = ConductCases.irtMembers("Asia/Tokyo", "Asia/Tokyo", "Asia/Seoul", "Asia/Tokyo");
        ConductCases.formSubTeam(caseId, members.subList(0, 3)).statusCode(200);
        String leaving = members.get(0);
        given().auth().oauth2(ConductCases.member(leaving)).get("/api/cases/" + caseId).then().statusCode(200);

        given().auth().oauth2(ConductCases.lead()).contentType(ContentType.JSON).body(Map.of("leaving", "nobody"))
                .post("/api/cases/" + caseId + "/sub-team/replacements").then().statusCode(400)
                .body("violations.field", hasItem("leaving"));
        given().auth().oauth2(ConductCases.lead()).contentType(ContentType.JSON)
                .body(Map.of("leaving", leaving, "replacement", members.get(3)))
                .post("/api/cases/" + caseId + "/sub-team/replacements").then().statusCode(200)
                .body("members", equalTo(List.of(members.get(1), members.get(2), members.get(3))))
                .body("history.find { it.member == '" + leaving + "' }.removedBy", equalTo(ConductCases.LEAD_NAME));

        given().auth().oauth2(ConductCases.member(leaving)).get("/api/cases/" + caseId).then().statusCode(403);
        given().auth().oauth2(ConductCases.member(members.get(3))).get("/api/cases/" + caseId + "/sub-team")
                .then().statusCode(200).body("history", hasSize(4));
        CaseSubTeamChanged replaced = EventCodec.decode(KafkaTestClient.awaitFirst(Topics.CASE_SUB_TEAM_CHANGED,
                value -> value.contains(caseId.toString()) && value.contains("REPLACED"), ConductCases.TIMEOUT),
                CaseSubTeamChanged.class).payload();
        assertThat(replaced.left()).isEqualTo(leaving);
        assertThat(replaced.joined()).containsExactly(members.get(3));
    }

    @Test
    void whenNoTeamCanMeetTheRulesTheProblemSaysWhichRuleFailed() {
        CaseOpened opened = ConductCases.open(true);
        UUID caseId = opened.caseId();
        ConductCases.move(ConductCases.lead(), caseId, "ASSESSING", null).statusCode(200);
        ConductCases.addParty(caseId, "REPORTER", "Far-" + UUID.randomUUID(), "Pacific/Auckland").statusCode(201);
        ConductCases.addParty(caseId, "REPORTED_PARTY", "Away-" + UUID.randomUUID(), "America/Los_Angeles")
                .statusCode(201);

        given().auth().oauth2(ConductCases.lead()).get("/api/cases/" + caseId + "/sub-team/proposal")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("TIME_ZONE_SPREAD")))
                .body("detail", containsString("the parties alone are"));
    }
}
