package org.incidentdesk.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "incident-desk.outbox")
public interface OutboxConfig {

    /** How many messages one relay run publishes at most. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for Kafka to acknowledge a batch before it retries on the next run. */
    @WithDefault("10s")
    Duration sendTimeout();
}
