package org.incidentdesk.notification.domain;

public enum DeliveryChannel {
    /** To an email address known here (e.g. a staff list). */
    EMAIL,
    /**
     * To the reporter of a report; the recipient is the report id. The address is asked from intake-service when
     * the message is sent and never stored here.
     */
    REPORTER_EMAIL,
    /**
     * To the sub-team of a conduct case; the recipient is the case id. The members are looked up when the message
     * is sent, so that a member who joined since hears of it; without a sub-team, the IRT's list.
     */
    SUB_TEAM_EMAIL,
    /**
     * A saved reply of the conduct process to a party of a case; the recipient is the case's message id. The
     * letter (address, language, the sub-team's words) is read from case-service when it is sent, and the
     * reporter's address from intake-service: none of it is stored here.
     */
    PARTY_EMAIL,
    IRC,
    /**
     * To a Slack-compatible incoming webhook; the recipient is the webhook's name in the configuration
     * ({@code community:<name>} or {@code team:<name>}), resolved to its URL (a secret) when the message is sent.
     */
    WEBHOOK
}
