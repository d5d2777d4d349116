package org.incidentdesk.events;

/**
 * How to reach the person who filed a report. Confidential: services may use it to write to the reporter,
 * never log it or show it publicly.
 *
 * @param username the reporter's account name on the community, or null when anonymous
 * @param email where receipts and updates go, or null when the reporter gave none
 * @param language preferred language (BCP 47 tag such as {@code en} or {@code de})
 */
public record Reporter(String username, String email, String language) {
}
