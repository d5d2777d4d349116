package org.incidentdesk.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.incidentdesk.events.Topics;
import org.incidentdesk.testsupport.KafkaTestClient;
import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/** Personal data is encrypted at rest, kept out of events, given only to those entitled, and erasable. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class ConfidentialityTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource database;

    @Test
    void theDatabaseHoldsOnlyCiphertextOfNamesAddressesAndText() throws SQLException {
        String username = "Reporter" + UUID.randomUUID().toString().substring(0, 8);
        String id = file(username, "Insults from Vandal" + username);

        List<String> rowText = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("select * from report where id = ?::uuid")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    Object value = row.getObject(column);
                    rowText.add(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value));
                }
                assertThat(row.getBytes("sealed_content")).isNotEmpty();
                assertThat(row.getString("key_id")).isNotNull();
            }
        }
        assertThat(String.join("|", rowText)).doesNotContain(username).doesNotContain(username.toLowerCase())
                .doesNotContain("Insults").doesNotContain("Vandal").doesNotContain("example.org");
    }

    @Test
    void eventsCarryNoPersonalDataOrText() {
        String username = "Reporter" + UUID.randomUUID().toString().substring(0, 8);
        String id = file(username, "Insults from Vandal" + username);

        String record = KafkaTestClient.awaitFirst(Topics.REPORT_SUBMITTED, value -> value.contains(id), TIMEOUT);
        assertThat(record).doesNotContain(username).doesNotContain(username.toLowerCase())
                .doesNotContain("Insults").doesNotContain("Vandal");
    }

    @Test
    void onlyTheContactReaderGetsTheReportersAddress() {
        String username = "Reporter" + UUID.randomUUID().toString().substring(0, 8);
        String id = file(username, "Insults");

        given().auth().oauth2(TestTokens.client("notification-service", "contact-reader"))
                .get("/api/reports/" + id + "/contact")
                .then().statusCode(200)
                .body("email", equalTo(username.toLowerCase() + "@example.org"))
                .body("language", equalTo("en"));
        given().auth().oauth2(TestTokens.client("wiki", "reporting-client")).get("/api/reports/" + id + "/contact")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.staff("irene", "irt-member")).get("/api/reports/" + id + "/contact")
                .then().statusCode(403);
    }

    @Test
    void erasureDestroysTheKeyAndKeepsTheFacts() throws SQLException {
        String username = "Reporter" + UUID.randomUUID().toString().substring(0, 8);
        String id = file(username, "Insults");
        String keyId = keyIdOf(id);
        String director = TestTokens.staff("dana", "director");

        given().auth().oauth2(TestTokens.staff("irene", "irt-member")).delete("/api/reports/" + id + "/personal-data")
                .then().statusCode(403);
        given().auth().oauth2(director).delete("/api/reports/" + id + "/personal-data").then().statusCode(204);

        assertThat(countKeys(keyId)).isZero();
        given().auth().oauth2(TestTokens.staff("irene", "irt-member")).get("/api/reports/" + id)
                .then().statusCode(200)
                .body("kind", equalTo("CONDUCT"))
                .body("behaviour", equalTo("INTIMIDATION"))
                .body("community", equalTo("en.example"))
                .body("personalDataErased", equalTo(true))
                .body("content", nullValue());
        given().auth().oauth2(TestTokens.client("notification-service", "contact-reader"))
                .get("/api/reports/" + id + "/contact")
                .then().statusCode(410).contentType("application/problem+json");
        KafkaTestClient.awaitFirst(Topics.REPORTER_ERASED, value -> value.contains(id), TIMEOUT);
    }

    @Test
    void aReporterIsErasedFromAllTheirReportsByName() {
        String username = "Reporter" + UUID.randomUUID().toString().substring(0, 8);
        String first = file(username, "Insults");
        String second = file(username, "More insults");
        String someoneElse = file("Other" + UUID.randomUUID().toString().substring(0, 8), "Insults");

        given().auth().oauth2(TestTokens.staff("tess", "trust-and-safety")).contentType(ContentType.JSON)
                .body(Map.of("username", username.toUpperCase())).post("/api/reports/erasures")
                .then().statusCode(200)
                .body("erasedReports.sort()", contains(List.of(first, second).stream().sorted().toArray()));
        given().auth().oauth2(TestTokens.staff("irene", "irt-member")).get("/api/reports/" + someoneElse)
                .then().statusCode(200).body("personalDataErased", equalTo(false));
        given().auth().oauth2(TestTokens.staff("tess", "trust-and-safety")).contentType(ContentType.JSON)
                .body(Map.of()).post("/api/reports/erasures")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private String file(String username, String summary) {
        Map<String, Object> member = Map.of("username", username,
                "accountCreatedAt", Instant.now().minus(400, ChronoUnit.DAYS).toString(), "editCount", 50,
                "emailConfirmed", true, "blocked", false, "groups", List.of("autoconfirmed"),
                "email", username.toLowerCase() + "@example.org", "language", "en");
        Map<String, Object> report = Map.of("kind", "CONDUCT", "behaviour", "INTIMIDATION", "community", "en.example",
                "summary", summary, "details", "Said by Vandal" + username, "reportedUser", "Vandal" + username);
        return given().auth().oauth2(TestTokens.client("wiki", "reporting-client")).contentType(ContentType.JSON)
                .body(Map.of("report", report, "reporter", member))
                .post("/api/reports/on-behalf")
                .then().statusCode(202).extract().path("id");
    }

    private String keyIdOf(String reportId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("select key_id from report where id = ?::uuid")) {
            query.setString(1, reportId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private int countKeys(String keyId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from report_key where key_id = ?::uuid")) {
            query.setString(1, keyId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
