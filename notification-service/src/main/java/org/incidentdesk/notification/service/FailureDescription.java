package org.incidentdesk.notification.service;

import java.util.regex.Pattern;

/**
 * What is kept and logged of a failed delivery: the kind of failure and its message, with email addresses masked
 * (SMTP servers echo the recipient), web addresses too (a webhook's URL is a secret), and cut to fit the column.
 */
final class FailureDescription {

    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"']+@[^\\s<>\"']+");
    private static final Pattern URL = Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9+.-]*://\\S+");
    private static final int MAX_LENGTH = 500;

    private FailureDescription() {
    }

    static String of(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + EMAIL.matcher(
                URL.matcher(failure.getMessage()).replaceAll("<url>")).replaceAll("<address>");
        String description = failure.getClass().getSimpleName() + message;
        return description.length() <= MAX_LENGTH ? description : description.substring(0, MAX_LENGTH);
    }
}
