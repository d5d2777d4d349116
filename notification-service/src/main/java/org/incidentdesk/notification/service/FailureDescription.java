package org.incidentdesk.notification.service;

import java.util.regex.Pattern;

/**
 * What is kept and logged of a failed delivery: the kind of failure and its message, with email addresses
 * masked (SMTP servers echo the recipient) and cut to fit the column.
 */
final class FailureDescription {

    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"']+@[^\\s<>\"']+");
    private static final int MAX_LENGTH = 500;

    private FailureDescription() {
    }

    static String of(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + EMAIL.matcher(failure.getMessage()).replaceAll("<address>");
        String description = failure.getClass().getSimpleName() + message;
        return description.length() <= MAX_LENGTH ? description : description.substring(0, MAX_LENGTH);
    }
}
