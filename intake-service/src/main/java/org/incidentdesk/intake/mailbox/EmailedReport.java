package org.incidentdesk.intake.mailbox;

/** What intake takes from a message of the reports mailbox. */
public record EmailedReport(String messageId, String senderAddress, String subject, String text) {
}
