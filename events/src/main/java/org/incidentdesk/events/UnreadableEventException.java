package org.incidentdesk.events;

/** A record that is not a valid event of the expected type and version (a poison message). */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
