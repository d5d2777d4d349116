package org.incidentdesk.notification.domain;

public enum DeliveryStatus {
    /** Waiting to be sent, or to be retried. */
    PENDING,
    SENT,
    /** Failed too often; waits for staff (dead-letter state). */
    PARKED,
    /** No longer to be sent: the recipient's personal data was erased. */
    CANCELLED
}
