package org.incidentdesk.notification.config;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * Slack-compatible incoming webhooks (many chat systems accept the format): a community's hears of its outages;
 * a team's ({@code irt}, {@code security}, {@code trust-and-safety}) hears of its confidential cases by reference
 * and link only. The URLs are secrets: they stay in the configuration, never in the database.
 */
@ConfigMapping(prefix = "incident-desk.webhooks")
public interface WebhookConfig {

    /** Community name to webhook URL. */
    Map<String, String> communities();

    /** Team name to webhook URL. */
    Map<String, String> teams();
}
