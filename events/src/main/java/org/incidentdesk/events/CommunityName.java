package org.incidentdesk.events;

/** What a community's name looks like everywhere (reports, alerts, configuration): {@code en.example}. */
public final class CommunityName {

    /** Lower-case letters, digits, dots and dashes, starting with a letter or digit, at most 100 characters. */
    public static final String PATTERN = "[a-z0-9][a-z0-9.-]{0,99}";

    public static final String MESSAGE = "must be a community name such as en.example: lower-case letters, digits,"
            + " dots and dashes";

    private CommunityName() {
    }
}
