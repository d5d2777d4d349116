package org.incidentdesk.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;

/** The tracker's list: filters by kind, state, overdue deadlines, the caller's own cases and community; pages. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class CaseListTest {

    @Test
    void filtersNarrowTheListAndPagesWalkThroughIt() {
        UUID mine = ConductCases.open(false).caseId();
        UUID other = ConductCases.open(false).caseId();
        List<String> team = ConductCases.irtMembers("Europe/Berlin", "Europe/Berlin", "Europe/Berlin");
        ConductCases.move(ConductCases.lead(), mine, "ASSESSING", null).statusCode(200);
        ConductCases.formSubTeam(mine, team).statusCode(200);
        String member = ConductCases.member(team.get(0));

        given().auth().oauth2(member).queryParam("mine", true).get("/api/cases").then().statusCode(200)
                .body("id", equalTo(List.of(mine.toString())));
        given().auth().oauth2(ConductCases.lead()).queryParam("state", "assessing").queryParam("kind", "CONDUCT")
                .get("/api/cases").then().statusCode(200)
                .body("id", hasItem(mine.toString())).body("id", not(hasItem(other.toString())))
                .body("status", everyItem(equalTo("ASSESSING")));
        given().auth().oauth2(ConductCases.lead()).queryParam("kind", "OPERATIONAL").get("/api/cases").then()
                .statusCode(200).body("family", everyItem(equalTo("OPERATIONAL")));
        given().auth().oauth2(ConductCases.lead()).queryParam("community", "nowhere.example").get("/api/cases")
                .then().statusCode(200).body("", hasSize(0)).header("X-Total-Count", "0");
        // the reply to the reporter is due 3 s after receipt in tests, and nobody replies
        await().atMost(ConductCases.TIMEOUT).untilAsserted(() -> given().auth().oauth2(ConductCases.lead())
                .queryParam("overdue", true).get("/api/cases").then().statusCode(200)
                .body("id", hasItem(other.toString())));

        String total = given().auth().oauth2(ConductCases.lead()).queryParam("size", 1).get("/api/cases")
                .then().statusCode(200).body("", hasSize(1)).header("Link", containsString("page=1"))
                .header("Link", containsString("rel=\"next\"")).extract().header("X-Total-Count");
        given().auth().oauth2(ConductCases.lead()).queryParam("size", 1)
                .queryParam("page", Integer.parseInt(total) - 1).get("/api/cases")
                .then().statusCode(200).body("", hasSize(1)).header("Link", equalTo(null));
    }

    @Test
    void aFilterThatCannotBeReadIsA400NamingIt() {
        given().auth().oauth2(ConductCases.lead()).queryParam("state", "SLEEPING").get("/api/cases").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("state"));
        given().auth().oauth2(ConductCases.lead()).queryParam("size", 500).get("/api/cases").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ConductCases.lead()).queryParam("page", -1).get("/api/cases").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
