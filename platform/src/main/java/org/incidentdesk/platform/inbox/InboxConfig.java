package org.incidentdesk.platform.inbox;

import java.time.Duration;

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

    /**
     * How long one attempt's transaction may take. An attempt that fails after that long may have been cut short by
     * the transaction manager (a machine too busy or a database too slow, not the event): it is retried like any
     * failure of the infrastructure and does not count towards {@link #maxAttempts()}.
     */
    @WithDefault("60s")
    Duration transactionTimeout();
}
