package org.incidentdesk.servers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaBrokerTest {

    private static KafkaBroker kafka;

    @BeforeAll
    static void startBroker() {
        kafka = KafkaBroker.start(null, 0);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void createsTopicsWithPartitionsAndRetentionIdempotently() throws Exception {
        List<TopicSpec> topics = List.of(new TopicSpec("incidents.reported", 3, 3_600_000), TopicSpec.of("audit", 1));
        kafka.createTopics(topics);
        kafka.createTopics(topics); // existing topics are fine

        try (Admin admin = KafkaTopics.admin(kafka.bootstrapServers())) {
            Map<String, TopicDescription> described =
                    admin.describeTopics(Set.of("incidents.reported", "audit")).allTopicNames().get();
            assertEquals(3, described.get("incidents.reported").partitions().size());
            assertEquals(1, described.get("audit").partitions().size());

            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "incidents.reported");
            Config config = admin.describeConfigs(Set.of(topic)).all().get().get(topic);
            assertEquals("3600000", config.get("retention.ms").value());
        }
    }

    @Test
    void deliversProducedRecordsToAConsumerGroup() throws Exception {
        kafka.createTopics(List.of(TopicSpec.of("round-trip", 2)));
        try (KafkaProducer<String, String> producer = producer(kafka.bootstrapServers())) {
            producer.send(new ProducerRecord<>("round-trip", "incident-1", "database down")).get();
            producer.send(new ProducerRecord<>("round-trip", "incident-2", "disk full")).get();
        }
        List<String> consumed = consume(kafka.bootstrapServers(), "round-trip", 2);
        assertEquals(Set.of("database down", "disk full"), Set.copyOf(consumed));
    }

    @Test
    void startsAgainOnItsDataFolderAndPortWhereClientsReconnect(@TempDir Path folder) throws Exception {
        Path dataDir = folder.resolve("kafka");
        KafkaBroker broker = KafkaBroker.start(dataDir, 0);
        try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers())) {
            broker.createTopics(List.of(TopicSpec.of("kept", 1)));
            producer.send(new ProducerRecord<>("kept", "key", "before the outage")).get();
            broker.close();

            broker = broker.startAgain();
            // the producer created before the outage reconnects: same port, same topic
            producer.send(new ProducerRecord<>("kept", "key", "after the outage")).get(60, TimeUnit.SECONDS);
            assertEquals(List.of("before the outage", "after the outage"), consume(broker.bootstrapServers(), "kept", 2));
        } finally {
            broker.close();
        }
    }

    @Test
    void startsAgainOnlyWithAKeptDataFolder() {
        // the shared broker runs on a temporary folder, which its close would delete
        assertThrows(IllegalStateException.class, kafka::startAgain);
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private static List<String> consume(String bootstrapServers, String topic, int count) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (values.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        assertTrue(values.size() >= count, "consumed only " + values);
        return values;
    }
}
