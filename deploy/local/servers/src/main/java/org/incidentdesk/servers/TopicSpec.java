package org.incidentdesk.servers;

import java.util.Objects;

/**
 * A Kafka topic to create.
 *
 * @param name        topic name
 * @param partitions  number of partitions, at least 1
 * @param retentionMs how long records are kept ({@code retention.ms}); -1 keeps them forever
 */
public record TopicSpec(String name, int partitions, long retentionMs) {

    /** Seven days, Kafka's own default. */
    public static final long DEFAULT_RETENTION_MS = 7L * 24 * 60 * 60 * 1000;

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Topic name is blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("Topic " + name + " needs at least one partition, got " + partitions);
        }
        if (retentionMs < -1 || retentionMs == 0) {
            throw new IllegalArgumentException("Topic " + name + ": retention.ms must be positive or -1, got "
                    + retentionMs);
        }
    }

    /** A topic with Kafka's default retention. */
    public static TopicSpec of(String name, int partitions) {
        return new TopicSpec(name, partitions, DEFAULT_RETENTION_MS);
    }
}
