package org.incidentdesk.notification.domain;

public enum DeliveryChannel {
    EMAIL,
    IRC
}
