package org.incidentdesk.testsupport.servers;

import java.net.URI;
import java.util.Optional;

/**
 * The servers that the tests of one JVM share. Each starts on first use and stops when the JVM exits.
 * <p>
 * {@link #forThisJvm()} is the one place that decides between embedded servers and Testcontainers.
 */
public interface TestServers {

    PostgresEndpoint postgres();

    /** For {@code kafka.bootstrap.servers}. */
    String kafkaBootstrapServers();

    /** Issuer of a mock-oauth2-server, for {@code quarkus.oidc.auth-server-url}. */
    URI oidcIssuerUrl();

    MailEndpoint mail();

    /** An IRC server; empty where none can be had (ngircd not installed). */
    Optional<IrcEndpoint> irc();

    /**
     * The servers of this JVM, of the kind {@link TestServerMode#current()} selects, each started at most once per
     * JVM however many class loaders Quarkus creates.
     */
    static TestServers forThisJvm() {
        TestServers starter = switch (TestServerMode.current()) {
            case EMBEDDED -> new EmbeddedTestServers();
            case TESTCONTAINERS -> new ContainerTestServers();
        };
        return new JvmWideTestServers(starter);
    }
}
