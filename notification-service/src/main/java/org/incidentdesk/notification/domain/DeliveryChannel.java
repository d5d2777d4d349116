package org.incidentdesk.notification.domain;

public enum DeliveryChannel {
    /** To an email address known here (e.g. a staff list). */
    EMAIL,
    /**
     * To the reporter of a report; the recipient is the report id. The address is asked from intake-service when
     * the message is sent and never stored here.
     */
    REPORTER_EMAIL,
    IRC
}
