package org.incidentdesk.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.incidentdesk.servers.KafkaTopics;
import org.incidentdesk.servers.TopicSpec;
import org.incidentdesk.testsupport.servers.TestServers;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Points Kafka clients ({@code kafka.bootstrap.servers}) at the Kafka broker of this test JVM. Topics are
 * auto-created on first use; to create them up front (e.g. with several partitions) pass the init arg
 * {@value #TOPICS}: a comma-separated list of {@code name[:partitions[:retentionMs]]}, e.g.
 * {@code @ResourceArg(name = "topics", value = "incidents.reported:3,incidents.routed:3:604800000")}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOPICS = "topics";

    private List<TopicSpec> topics = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        topics = parseTopics(initArgs.getOrDefault(TOPICS, ""));
    }

    @Override
    public Map<String, String> start() {
        String bootstrapServers = TestServers.forThisJvm().kafkaBootstrapServers();
        KafkaTopics.create(bootstrapServers, topics);
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    /** The broker is shared by all tests of the JVM and stops when the JVM exits. */
    @Override
    public void stop() {
    }

    static List<TopicSpec> parseTopics(String topics) {
        return Arrays.stream(topics.split(","))
                .map(String::trim)
                .filter(topic -> !topic.isEmpty())
                .map(KafkaTestResource::parseTopic)
                .toList();
    }

    private static TopicSpec parseTopic(String topic) {
        String[] parts = topic.split(":");
        try {
            return switch (parts.length) {
                case 1 -> TopicSpec.of(parts[0], 1);
                case 2 -> TopicSpec.of(parts[0], Integer.parseInt(parts[1]));
                case 3 -> new TopicSpec(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
                default -> throw new IllegalArgumentException("too many ':'");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Topic '" + topic + "' is not name[:partitions[:retentionMs]]", e);
        }
    }
}
