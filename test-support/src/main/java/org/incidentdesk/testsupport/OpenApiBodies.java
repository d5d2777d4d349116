package org.incidentdesk.testsupport;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Request bodies for fuzzing a service through its own OpenAPI document: for every operation that takes a JSON
 * body, bodies built from its schema and mutated (wrong types, missing and unknown fields, extreme and hostile
 * values), every tenth one with broken JSON syntax. The seed is fixed by the caller, so a failure can be replayed.
 */
public final class OpenApiBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS_WITH_BODIES = List.of("post", "put", "patch");
    private static final List<JsonNode> HOSTILE = List.of(NODES.nullNode(), NODES.textNode(""),
            NODES.textNode("x".repeat(20_000)), NODES.textNode("<script>alert(1)</script>"), NODES.textNode("\u0000\ud83d"),
            NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(1e308), NODES.booleanNode(true),
            NODES.textNode("2999-12-31T23:59:59Z"), NODES.textNode("not-a-date"), NODES.textNode("javascript:alert(1)"),
            NODES.arrayNode(), NODES.objectNode(), NODES.textNode("../../etc/passwd"), NODES.textNode("' or 1=1 --"),
            NODES.textNode("PT-5H"), NODES.textNode("P99999999999D"));

    private final JsonNode openApi;
    private final Random random;

    /** An operation that takes a JSON body: its HTTP method (lower case), its path template and its schema. */
    public record Operation(String method, String path, JsonNode schema) {
    }

    public OpenApiBodies(String openApiJson, long seed) {
        try {
            this.openApi = new ObjectMapper().readTree(openApiJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an OpenAPI document in JSON", e);
        }
        this.random = new Random(seed);
    }

    public List<Operation> operationsTakingJson() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS_WITH_BODIES) {
                JsonNode schema = path.getValue().path(method).path("requestBody").path("content")
                        .path("application/json").path("schema");
                if (!schema.isMissingNode()) {
                    operations.add(new Operation(method, path.getKey(), schema));
                }
            }
        }
        return operations;
    }

    /** The {@code n}-th body for the operation: a mutated example, with broken syntax when n is a multiple of 10. */
    public String body(Operation operation, int n) {
        String body = mutate(example(operation.schema(), 0)).toString();
        return n % 10 == 0 ? breakSyntax(body) : body;
    }

    /** A plausible value for the schema: objects with every property, enums from their values, strings. */
    private JsonNode example(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return example(openApi.path("components").path("schemas").path(name), depth + 1);
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
            case "object" -> objectExample(schema, depth);
            case "array" -> NODES.arrayNode().add(example(schema.path("items"), depth + 1));
            case "integer" -> NODES.numberNode(random.nextInt(1000));
            case "number" -> NODES.numberNode(random.nextDouble());
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(text(schema));
        };
    }

    private ObjectNode objectExample(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(
                property -> object.set(property.getKey(), example(property.getValue(), depth + 1)));
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject()) {
            object.set("label" + random.nextInt(3), example(additional, depth + 1));
        } else if (!additional.isMissingNode()) {
            object.put("label" + random.nextInt(3), "value");
        }
        return object;
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asText("");
        return switch (format) {
            case "date-time" -> "2026-11-20T10:00:00Z";
            case "duration" -> "PT3H";
            case "email" -> "someone@example.org";
            case "uri", "url" -> "https://en.example.org/wiki/Help";
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

    /** The body cut to 300 characters, for assertion messages. */
    /** The answer to a fuzzed body: below 500 and, when a refusal, a problem+json body; else an AssertionError. */
    public static void requireCleanAnswer(int status, String contentType, String request, String body) {
        if (status >= 500) {
            throw new AssertionError(request + " with " + abbreviate(body) + " answered " + status);
        }
        if (status >= 400 && (contentType == null || !contentType.startsWith("application/problem+json"))) {
            throw new AssertionError(request + " with " + abbreviate(body) + " refused without problem+json: "
                    + contentType);
        }
    }

    public static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
