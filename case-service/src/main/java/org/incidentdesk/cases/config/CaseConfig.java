package org.incidentdesk.cases.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The deadlines of the conduct case process (source 001). */
@ConfigMapping(prefix = "incident-desk.cases")
public interface CaseConfig {

    Deadlines deadlines();

    interface Deadlines {

        /** Reply to the reporter within 3 days of receiving the report. */
        @WithDefault("3d")
        Duration replyToReporter();

        /** While investigating, update the reporter and the reported party every 2 weeks. */
        @WithDefault("14d")
        Duration statusUpdateInterval();

        /** How often overdue deadlines are looked for. */
        @WithDefault("1m")
        Duration overdueSweepInterval();
    }
}
