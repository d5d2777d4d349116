package org.incidentdesk.notification.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "incident-desk.notification")
public interface NotificationConfig {

    /** The sender of every email. */
    @WithDefault("Incident Desk <incident-desk@localhost>")
    String mailFrom();

    /** Base URL of the staff API, for links in chat messages (only authorised staff can follow them). */
    @WithDefault("http://127.0.0.1:8080")
    String staffBaseUrl();

    /** The promise made to reporters in the acknowledgement: a human reply within this many days. */
    @WithDefault("3")
    int replyWithinDays();

    /** Attempts before a delivery is parked for staff to look at. */
    @WithDefault("8")
    int maxAttempts();

    /** The first retry delay; it doubles with each failed attempt. */
    @WithDefault("2s")
    Duration firstRetryDelay();
}
