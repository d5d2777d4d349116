package org.incidentdesk.notification.channel;

/** The recipient's personal data was erased: the message must not be sent, now or later. */
public class RecipientErasedException extends RuntimeException {

    public RecipientErasedException(String message) {
        super(message);
    }
}
