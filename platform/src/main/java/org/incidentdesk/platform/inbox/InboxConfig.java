package org.incidentdesk.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "incident-desk.inbox")
public interface InboxConfig {

    /**
     * How often a consumer tries an event whose handling fails for a reason of its own (a value the database
     * refuses, a bug) before it gives up and dead-letters it. Failures of the infrastructure (database unreachable,
     * lock timeouts) do not count: those events wait for as long as it takes.
     */
    @WithDefault("5")
    int maxAttempts();
}
