package org.incidentdesk.testsupport.servers;

import java.util.Locale;

/** Which kind of servers the tests of this JVM use: the system property {@value #PROPERTY}. */
public enum TestServerMode {

    /** Real servers started by this JVM (local-servers): no Docker needed. The default. */
    EMBEDDED,
    /** Docker containers through Testcontainers, for machines with a Docker engine. */
    TESTCONTAINERS;

    public static final String PROPERTY = "incident-desk.test.servers";

    /** The mode named by {@value #PROPERTY}, {@link #EMBEDDED} when unset or blank. */
    public static TestServerMode current() {
        String value = System.getProperty(PROPERTY, "").trim();
        if (value.isEmpty()) {
            return EMBEDDED;
        }
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + value
                    + " is not one of: embedded, testcontainers", e);
        }
    }
}
