package org.incidentdesk.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.incidentdesk.testsupport.KafkaTestResource;
import org.incidentdesk.testsupport.OidcTestResource;
import org.incidentdesk.testsupport.PostgresTestResource;
import org.incidentdesk.testsupport.TestTokens;

/**
 * Walks the service's own OpenAPI document: for every operation that takes a JSON body, builds bodies from its
 * schema and mutates them (wrong types, missing and unknown fields, extreme and hostile values, broken JSON),
 * sends them with a token that passes the operation's role check, and requires an answer below 500 with a
 * problem+json body for every refusal. The seed is fixed, so a failure can be replayed.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(OidcTestResource.class)
class OpenApiFuzzTest {

    private static final int BODIES_PER_OPERATION = 150;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> HOSTILE = List.of(NODES.nullNode(), NODES.textNode(""),
            NODES.textNode("x".repeat(20_000)), NODES.textNode("<script>alert(1)</script>"), NODES.textNode("\u0000\ud83d"),
            NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(1e308), NODES.booleanNode(true),
            NODES.textNode("2999-12-31T23:59:59Z"), NODES.textNode("not-a-date"), NODES.textNode("javascript:alert(1)"),
            NODES.arrayNode(), NODES.objectNode(), NODES.textNode("../../etc/passwd"), NODES.textNode("' or 1=1 --"));

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(20261121);

    @Test
    void noBodyMakesAnyOperationFail() throws Exception {
        JsonNode openApi = json.readTree(given().get("/q/openapi?format=json").asString());
        List<String> tried = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode post = path.getValue().path("post");
            JsonNode schema = post.path("requestBody").path("content").path("application/json").path("schema");
            if (schema.isMissingNode()) {
                continue;
            }
            String url = path.getKey().replace("{id}", "00000000-0000-0000-0000-000000000001").replace("{source}", "prometheus");
            for (int i = 0; i < BODIES_PER_OPERATION; i++) {
                String body = mutate(example(schema, openApi, 0)).toString();
                send(url, body, i % 10 == 0 ? breakSyntax(body) : body);
            }
            tried.add(url);
        }
        assertThat(tried).contains("/api/reports", "/api/reports/on-behalf", "/api/reports/declared");
    }

    private void send(String url, String body, String sent) {
        Response response = (url.contains("/alerts/")
                ? given().header("Authorization", "Secret test-alertmanager-secret")
                : given().auth().oauth2(tokenFor(url)))
                .contentType("application/json").body(sent).post(url);
        assertThat(response.statusCode()).as("%s with %s", url, abbreviate(sent)).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.contentType()).as("%s with %s", url, abbreviate(sent)).startsWith("application/problem+json");
        }
    }

    private static String tokenFor(String url) {
        if (url.endsWith("/on-behalf")) {
            return TestTokens.client("wiki", "reporting-client");
        }
        return TestTokens.staff("dana", "director", "trust-and-safety");
    }

    /** A plausible value for the schema: objects with every property, enums from their values, strings. */
    private JsonNode example(JsonNode schema, JsonNode openApi, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return example(openApi.path("components").path("schemas").path(name), openApi, depth + 1);
        }
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("enum")) {
            ArrayNode values = (ArrayNode) schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(
                        property -> object.set(property.getKey(), example(property.getValue(), openApi, depth + 1)));
                if (schema.has("additionalProperties")) {
                    object.put("label" + random.nextInt(3), "value");
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(example(schema.path("items"), openApi, depth + 1));
            case "integer" -> NODES.numberNode(random.nextInt(1000));
            case "number" -> NODES.numberNode(random.nextDouble());
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(text(schema));
        };
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asText("");
        return switch (format) {
            case "date-time" -> "2026-11-20T10:00:00Z";
            case "email" -> "someone@example.org";
            default -> schema.has("pattern") ? "en.example" : "text " + random.nextInt(100);
        };
    }

    /** Replaces, removes or adds a few fields anywhere in the tree. */
    private JsonNode mutate(JsonNode node) {
        int mutations = random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            mutateOnce(node);
        }
        return node;
    }

    private void mutateOnce(JsonNode node) {
        if (!(node instanceof ObjectNode object) || object.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(5)) {
            case 0 -> object.remove(name);
            case 1 -> object.set(name, HOSTILE.get(random.nextInt(HOSTILE.size())));
            case 2 -> object.put("unknown" + random.nextInt(5), "x");
            default -> mutateOnce(object.get(name));
        }
    }

    private String breakSyntax(String body) {
        int cut = random.nextInt(Math.max(1, body.length()));
        return body.substring(0, cut) + (random.nextBoolean() ? "\"" : "}]");
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
