package org.incidentdesk.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.incidentdesk.events.ReportKind;
import org.incidentdesk.events.ReportRouted;
import org.incidentdesk.events.ReportSource;
import org.incidentdesk.events.ReportSubmitted;
import org.incidentdesk.events.Route;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/**
 * Every case endpoint, for every kind of staff member, on a conduct case, a security incident and an outage, and
 * for IRT members on and off the conduct case's sub-team. The expected access is written out here, not computed
 * from the production policy, so that removing or loosening any check fails a row.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAccessMatrixTest {

    /** What a staff member may do with a case. */
    enum Access {
        /** 404: they do not learn the case exists. */
        NONE,
        /** 403: they may know it exists, not open it. */
        EXISTENCE,
        FULL
    }

    enum Kind {
        CONDUCT,
        SECURITY,
        OUTAGE,
        EMERGENCY
    }

    /** A kind of staff member, and the access the rules give them to each kind of case. */
    enum Who {
        DIRECTOR(Access.FULL, Access.FULL, Access.FULL, Access.FULL, true),
        DEPUTY_DIRECTOR(Access.FULL, Access.FULL, Access.FULL, Access.FULL, true),
        IRT_LEAD(Access.FULL, Access.NONE, Access.NONE, Access.NONE, true),
        IRT_MEMBER_ON_THE_SUB_TEAM(Access.FULL, Access.NONE, Access.NONE, Access.NONE, false),
        IRT_MEMBER_NOT_ON_IT(Access.EXISTENCE, Access.NONE, Access.NONE, Access.NONE, false),
        FORMER_SUB_TEAM_MEMBER(Access.EXISTENCE, Access.NONE, Access.NONE, Access.NONE, false),
        SECURITY_SPECIALIST(Access.NONE, Access.FULL, Access.FULL, Access.NONE, false),
        INFRASTRUCTURE_SPECIALIST(Access.NONE, Access.NONE, Access.FULL, Access.NONE, false),
        COMMUNITY_LIAISON(Access.NONE, Access.NONE, Access.FULL, Access.NONE, false),
        TRUST_AND_SAFETY(Access.NONE, Access.NONE, Access.NONE, Access.FULL, false);

        final Map<Kind, Access> access;
        /** Forms and changes sub-teams. */
        final boolean managesSubTeams;

        Who(Access conduct, Access security, Access outage, Access emergency, boolean managesSubTeams) {
            this.access = Map.of(Kind.CONDUCT, conduct, Kind.SECURITY, security, Kind.OUTAGE, outage,
                    Kind.EMERGENCY, emergency);
            this.managesSubTeams = managesSubTeams;
        }
    }

    /** An endpoint, how to call it, and what a caller with full access gets on each kind of case. */
    record Endpoint(String name, Function<RequestSpecification, Response> call, Map<Kind, Integer> whenAllowed,
            boolean forSubTeamManagers, boolean forAuditors) {

        static Endpoint read(String name, String suffix) {
            return new Endpoint(name, spec -> spec.get(suffix), Map.of(Kind.CONDUCT, 200, Kind.SECURITY, 200,
                    Kind.OUTAGE, 200, Kind.EMERGENCY, 200), false, false);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Map<Kind, UUID> cases = new HashMap<>();
    private final Map<Who, String> tokens = new HashMap<>();

    /** Once, on first use: RestAssured points at the application only once a test runs. */
    private void openOneCaseOfEachKindAndFormTheSubTeam() {
        if (!cases.isEmpty()) {
            return;
        }
        List<String> team = ConductCases.irtMembers("Europe/Berlin", "Europe/Berlin", "Europe/Berlin",
                "Europe/Berlin");
        cases.put(Kind.CONDUCT, ConductCases.open(true).caseId());
        cases.put(Kind.SECURITY, ConductCases.open(routed(ReportKind.SECURITY, Route.SECURITY),
                TestTokens.staff("dora", "director")).caseId());
        cases.put(Kind.OUTAGE, ConductCases.open(routed(ReportKind.OUTAGE, Route.OUTAGE),
                TestTokens.staff("dora", "director")).caseId());
        cases.put(Kind.EMERGENCY, ConductCases.open(routed(ReportKind.EMERGENCY, Route.EMERGENCY),
                TestTokens.staff("dora", "director")).caseId());
        UUID conduct = cases.get(Kind.CONDUCT);
        ConductCases.move(ConductCases.lead(), conduct, "ASSESSING", null).statusCode(200);
        ConductCases.formSubTeam(conduct, team.subList(0, 3)).statusCode(200);
        given().auth().oauth2(ConductCases.lead()).contentType(ContentType.JSON)
                .body(Map.of("leaving", team.get(2), "replacement", team.get(3)))
                .post("/api/cases/" + conduct + "/sub-team/replacements").then().statusCode(200);

        tokens.put(Who.DIRECTOR, TestTokens.staff("dora", "director"));
        tokens.put(Who.DEPUTY_DIRECTOR, TestTokens.staff("dave", "deputy-director"));
        tokens.put(Who.IRT_LEAD, ConductCases.lead());
        tokens.put(Who.IRT_MEMBER_ON_THE_SUB_TEAM, ConductCases.member(team.get(0)));
        tokens.put(Who.IRT_MEMBER_NOT_ON_IT, ConductCases.member("irene"));
        tokens.put(Who.FORMER_SUB_TEAM_MEMBER, ConductCases.member(team.get(2)));
        tokens.put(Who.SECURITY_SPECIALIST, TestTokens.staff("sam", "security-specialist"));
        tokens.put(Who.INFRASTRUCTURE_SPECIALIST, TestTokens.staff("ian", "infrastructure-specialist"));
        tokens.put(Who.COMMUNITY_LIAISON, TestTokens.staff("cleo", "community-liaison"));
        tokens.put(Who.TRUST_AND_SAFETY, TestTokens.staff("tess", "trust-and-safety"));
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                Endpoint.read("read the case", ""),
                Endpoint.read("read its history", "/transitions"),
                Endpoint.read("read its deadlines", "/deadlines"),
                Endpoint.read("read its roles", "/roles"),
                Endpoint.read("read its sub-team", "/sub-team"),
                Endpoint.read("read its parties", "/parties"),
                new Endpoint("read its access log", spec -> spec.get("/access-log"),
                        Map.of(Kind.CONDUCT, 200, Kind.SECURITY, 200, Kind.OUTAGE, 200, Kind.EMERGENCY, 200), false,
                        true),
                Endpoint.read("read its evidence", "/evidence"),
                Endpoint.read("read its interview notes", "/interview-notes"),
                Endpoint.read("read its timeline", "/timeline"),
                Endpoint.read("read its services' states", "/services"),
                Endpoint.read("read its impact", "/impact"),
                Endpoint.read("read its messages to parties", "/messages"),
                new Endpoint("write on its timeline", spec -> spec.contentType(ContentType.JSON)
                        .body(Map.of("text", "A note")).post("/timeline"),
                        Map.of(Kind.CONDUCT, 201, Kind.SECURITY, 201, Kind.OUTAGE, 201, Kind.EMERGENCY, 201), false,
                        false),
                new Endpoint("add evidence", spec -> spec.contentType(ContentType.JSON)
                        .body(Map.of("description", "A diff")).post("/evidence"),
                        Map.of(Kind.CONDUCT, 201, Kind.SECURITY, 409, Kind.OUTAGE, 409, Kind.EMERGENCY, 201), false,
                        false),
                new Endpoint("set a service's state", spec -> spec.contentType(ContentType.JSON)
                        .body(Map.of("state", "DOWN")).put("/services/MediaWiki"),
                        Map.of(Kind.CONDUCT, 409, Kind.SECURITY, 200, Kind.OUTAGE, 200, Kind.EMERGENCY, 409), false,
                        false),
                new Endpoint("move it to a state it cannot reach", spec -> spec.contentType(ContentType.JSON)
                        .body(Map.of("to", "RECEIVED")).post("/transitions"),
                        Map.of(Kind.CONDUCT, 409, Kind.SECURITY, 409, Kind.OUTAGE, 409, Kind.EMERGENCY, 409), false,
                        false),
                new Endpoint("hand off a role", spec -> spec.contentType(ContentType.JSON)
                        .body(Map.of("holder", "someone")).put("/roles/COMMUNICATOR"),
                        Map.of(Kind.CONDUCT, 409, Kind.SECURITY, 200, Kind.OUTAGE, 200, Kind.EMERGENCY, 409), false,
                        false),
                new Endpoint("add a party", spec -> spec.contentType(ContentType.JSON)
                        .body(Map.of("role", "WITNESS", "username", "W-" + UUID.randomUUID())).post("/parties"),
                        Map.of(Kind.CONDUCT, 201, Kind.SECURITY, 409, Kind.OUTAGE, 409, Kind.EMERGENCY, 201), false,
                        false),
                new Endpoint("send the reporter a saved reply", spec -> spec.contentType(ContentType.JSON)
                        .body(Map.of("reply", "ACKNOWLEDGEMENT")).post("/messages"),
                        Map.of(Kind.CONDUCT, 201, Kind.SECURITY, 409, Kind.OUTAGE, 409, Kind.EMERGENCY, 201), false,
                        false),
                new Endpoint("issue a decision before deciding", spec -> spec.contentType(ContentType.JSON)
                        .body(Map.of("kind", "WARNING", "responsePlan", "A warning")).post("/decision"),
                        Map.of(Kind.CONDUCT, 409, Kind.SECURITY, 409, Kind.OUTAGE, 409, Kind.EMERGENCY, 409), false,
                        false),
                new Endpoint("replace a sub-team member who is not on it", spec -> spec.contentType(ContentType.JSON)
                        .body(Map.of("leaving", "nobody")).post("/sub-team/replacements"),
                        Map.of(Kind.CONDUCT, 400, Kind.SECURITY, 409, Kind.OUTAGE, 409, Kind.EMERGENCY, 409), true,
                        false));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        endpoints().forEach(endpoint -> Stream.of(Who.values()).forEach(who -> Stream.of(Kind.values())
                .forEach(kind -> rows.add(Arguments.of(endpoint, who, kind)))));
        return rows.stream();
    }

    @ParameterizedTest(name = "{1} may {0} of a {2} case?")
    @MethodSource("matrix")
    void eachEndpointAnswersEachStaffMemberAsTheRulesSay(Endpoint endpoint, Who who, Kind kind) {
        openOneCaseOfEachKindAndFormTheSubTeam();
        int status = endpoint.call().apply(given().auth().oauth2(tokens.get(who)).basePath("/api/cases/"
                + cases.get(kind))).then().extract().statusCode();

        assertThat(status).as("%s may %s of a %s case", who, endpoint, kind).isEqualTo(expected(endpoint, who, kind));
    }

    private static int expected(Endpoint endpoint, Who who, Kind kind) {
        if (endpoint.forSubTeamManagers() && !who.managesSubTeams) {
            return 403;
        }
        Access access = who.access.get(kind);
        if (access == Access.NONE) {
            return 404;
        }
        if (access == Access.EXISTENCE) {
            return 403;
        }
        if (endpoint.forAuditors()) {
            boolean auditor = who == Who.DIRECTOR || who == Who.DEPUTY_DIRECTOR
                    || (who == Who.IRT_LEAD && kind == Kind.CONDUCT);
            // IRT leads audit conduct cases; emergencies are the director's to audit
            return auditor ? 200 : 403;
        }
        if (endpoint.name().equals("hand off a role") && kind == Kind.SECURITY && who != Who.SECURITY_SPECIALIST) {
            return 403; // security incidents are led by security specialists, whoever else may see them
        }
        return endpoint.whenAllowed().get(kind);
    }

    @Test
    void trustAndSafetyWorkAnEmergencyWithoutSubTeamOrDecision() {
        String tns = TestTokens.staff("tess", "trust-and-safety");
        UUID emergency = ConductCases.open(routed(ReportKind.EMERGENCY, Route.EMERGENCY), tns).caseId();
        ConductCases.move(tns, emergency, "ASSESSING", null).statusCode(200);
        ConductCases.move(tns, emergency, "INVESTIGATING", null).statusCode(200);
        ConductCases.move(tns, emergency, "DECIDING", null).statusCode(200);
        ConductCases.move(tns, emergency, "CLOSED_WITH_DECISION", "Law enforcement was contacted").statusCode(200);
    }

    @Test
    void theListShowsWhatExistsAndOnlyWhatMayBeOpenedInFull() {
        openOneCaseOfEachKindAndFormTheSubTeam();
        UUID conduct = cases.get(Kind.CONDUCT);
        given().auth().oauth2(tokens.get(Who.IRT_MEMBER_NOT_ON_IT)).queryParam("size", 200).get("/api/cases")
                .then().statusCode(200)
                .body("find { it.id == '" + conduct + "' }.access", equalTo("EXISTENCE"))
                .body("find { it.id == '" + conduct + "' }.title", equalTo(null))
                .body("id", not(hasItem(cases.get(Kind.SECURITY).toString())));
        given().auth().oauth2(tokens.get(Who.IRT_MEMBER_ON_THE_SUB_TEAM)).queryParam("size", 200)
                .get("/api/cases").then().statusCode(200)
                .body("find { it.id == '" + conduct + "' }.access", equalTo("FULL"));
        given().auth().oauth2(tokens.get(Who.INFRASTRUCTURE_SPECIALIST)).queryParam("size", 200)
                .get("/api/cases").then().statusCode(200)
                .body("id", not(hasItem(conduct.toString())))
                .body("id", not(hasItem(cases.get(Kind.SECURITY).toString())))
                .body("id", hasItem(cases.get(Kind.OUTAGE).toString()));
    }

    @Test
    void readsOfConfidentialCasesAreAuditedAndOthersAreNot() {
        openOneCaseOfEachKindAndFormTheSubTeam();
        UUID conduct = cases.get(Kind.CONDUCT);
        Instant before = Instant.now();
        given().auth().oauth2(tokens.get(Who.IRT_MEMBER_ON_THE_SUB_TEAM)).get("/api/cases/" + conduct + "/parties")
                .then().statusCode(200);

        List<Map<String, Object>> log = given().auth().oauth2(tokens.get(Who.DIRECTOR))
                .get("/api/cases/" + conduct + "/access-log").then().statusCode(200).extract().path("");
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry).containsEntry("action", "read parties");
            assertThat(Instant.parse((String) entry.get("at"))).isAfterOrEqualTo(before.minusSeconds(1));
        });
        given().auth().oauth2(tokens.get(Who.DIRECTOR)).get("/api/cases/" + cases.get(Kind.OUTAGE) + "/access-log")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    private static ReportRouted routed(ReportKind kind, Route route) {
        ReportSubmitted report = new ReportSubmitted(UUID.randomUUID(), kind, null, null, ReportSource.STAFF,
                "en.example", "MediaWiki", null, null, "en", true, false, Instant.now());
        return new ReportRouted(report.reportId(), route, "rule", "reason", report);
    }
}
