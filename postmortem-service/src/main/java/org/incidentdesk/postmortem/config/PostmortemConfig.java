package org.incidentdesk.postmortem.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "incident-desk.postmortem")
public interface PostmortemConfig {

    /** Where the public reaches the gateway: links in the Atom feed and in announcements. */
    @WithDefault("http://127.0.0.1:8080")
    String publicBaseUrl();

    /** The title of the public Atom feed. */
    @WithDefault("Incident Desk: incident reports")
    String feedTitle();

    /** How often drafts not yet filled from case-service are tried (read by the scheduler). */
    @WithDefault("5s")
    Duration importInterval();

    /** How long after a failed import (case-service not answering) a draft is tried again. */
    @WithDefault("1m")
    Duration importRetryAfter();

    /** How often action items past their due date are looked for (read by the scheduler). */
    @WithDefault("1m")
    Duration actionItemSweepInterval();
}
