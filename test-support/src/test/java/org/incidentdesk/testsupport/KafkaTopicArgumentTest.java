package org.incidentdesk.testsupport;

import org.incidentdesk.servers.TopicSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KafkaTopicArgumentTest {

    @Test
    void parsesNamesPartitionsAndRetention() {
        assertEquals(List.of(TopicSpec.of("a", 1), TopicSpec.of("b", 3), new TopicSpec("c", 2, 60_000)),
                KafkaTestResource.parseTopics(" a, b:3 ,c:2:60000,"));
    }

    @Test
    void acceptsNoTopics() {
        assertEquals(List.of(), KafkaTestResource.parseTopics(""));
    }

    @Test
    void rejectsMalformedTopicsWithTheOffendingEntry() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KafkaTestResource.parseTopics("ok,bad:x"));
        assertEquals("Topic 'bad:x' is not name[:partitions[:retentionMs]]", error.getMessage());
    }
}
