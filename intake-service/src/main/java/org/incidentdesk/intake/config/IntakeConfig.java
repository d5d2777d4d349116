package org.incidentdesk.intake.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may report and how often. The defaults are those of the source documents; per-community values come
 * with the community configuration of routing-service.
 */
@ConfigMapping(prefix = "incident-desk.intake")
public interface IntakeConfig {

    Eligibility eligibility();

    Quotas quotas();

    interface Eligibility {

        /** Youngest account that may report. */
        @WithDefault("3h")
        Duration minAccountAge();

        @WithDefault("1")
        int minEdits();

        @WithDefault("true")
        boolean requireConfirmedEmail();
    }

    interface Quotas {

        /** Reports a day by a member who is not in the confirmed group. */
        @WithDefault("1")
        int unconfirmedPerDay();

        /** Reports a day by a member of the confirmed group. */
        @WithDefault("5")
        int confirmedPerDay();

        /** The wiki group that counts as confirmed. */
        @WithDefault("autoconfirmed")
        String confirmedGroup();

        /** Emergencies have their own count, so that other reports never use it up. */
        @WithDefault("10")
        int emergenciesPerDay();

        /** Anonymous outage reports a day from one client address. */
        @WithDefault("20")
        int anonymousPerAddressPerDay();
    }
}
