package org.incidentdesk.servers;

/**
 * A message as it arrived in a mailbox.
 *
 * @param subject decoded subject, empty when there is none
 * @param body    the text/plain part (or, lacking one, the text/html part), decoded
 * @param from    the From header as written, e.g. {@code Incident Desk <desk@example.org>}
 */
public record ReceivedMail(String subject, String body, String from) {
}
