package org.incidentdesk.notification.config;

import java.time.Duration;
import java.util.List;

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

    /** Staff are written to at their user name at this domain (the identity provider's addresses). */
    @WithDefault("incident-desk.test")
    String staffEmailDomain();

    /** Where reminders go for a conduct case that has no sub-team yet: the IRT's list. */
    @WithDefault("irt@incident-desk.test")
    String irtAddress();

    /** Where reminders of emergencies' deadlines go: Trust and Safety's list. */
    @WithDefault("trust-and-safety@incident-desk.test")
    String trustAndSafetyAddress();

    /** Who hears of an overdue deadline: the director and the deputy. */
    @WithDefault("director@incident-desk.test,deputy-director@incident-desk.test")
    List<String> escalationRecipients();

    /** How long before a deadline the sub-team is reminded of it. */
    @WithDefault("1d")
    Duration reminderLead();

    /** At most this many emails to one recipient an hour; the rest wait for the next hour (floods, loops). */
    @WithDefault("20")
    int hourlyCapPerRecipient();

    /** How many times a parked delivery goes back to the queue once its channel works again. */
    @WithDefault("3")
    int maxRequeues();

    /**
     * How often a channel with parked deliveries is probed (its parked delivery tried least recently is tried
     * again), so that the rest follow once it works, even when no new message would show it. Read by the
     * scheduler.
     */
    @WithDefault("1m")
    Duration parkedProbeInterval();
}
