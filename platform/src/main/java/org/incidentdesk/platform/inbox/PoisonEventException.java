package org.incidentdesk.platform.inbox;

/**
 * A readable event whose handling kept failing for a reason of its own: the consumer gives up on it, and the
 * channel sends it to its dead-letter topic. The message names the event and the failure's type, never values.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
