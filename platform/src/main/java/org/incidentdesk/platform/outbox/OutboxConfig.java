package org.incidentdesk.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "incident-desk.outbox")
public interface OutboxConfig {

    /** How many messages one relay run publishes at most. */
    @WithDefault("200")
    int batchSize();

    /**
     * How long after a commit its messages are published: the commits of that time go to Kafka in one relay run,
     * which costs the database and the broker far less under load than a run per commit.
     */
    @WithDefault("20ms")
    Duration relayDelay();

    /** How long the relay waits for Kafka to acknowledge a batch before it retries on the next run. */
    @WithDefault("10s")
    Duration sendTimeout();
}
