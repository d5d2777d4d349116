package org.incidentdesk.testsupport.servers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Starts each server at most once per JVM.
 * <p>
 * Quarkus loads test resources in the class loader of the application it starts, and starts a new application
 * (with a new class loader) for each test profile, so a static field would start a server per profile. Instead the
 * endpoint of a started server is published as a system property ({@value #PROPERTY_PREFIX}&lt;server&gt;, as
 * JSON), and starts are serialized on a lock every class loader sees: an interned string.
 */
final class JvmWideTestServers implements TestServers {

    static final String PROPERTY_PREFIX = "incident-desk.test-servers.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(JvmWideTestServers.class.getName());

    private final TestServers starter;

    JvmWideTestServers(TestServers starter) {
        this.starter = starter;
    }

    @Override
    public PostgresEndpoint postgres() {
        return startOnce("postgres", PostgresEndpoint.class, starter::postgres);
    }

    @Override
    public String kafkaBootstrapServers() {
        return startOnce("kafka", String.class, starter::kafkaBootstrapServers);
    }

    @Override
    public URI oidcIssuerUrl() {
        return startOnce("oidc", URI.class, starter::oidcIssuerUrl);
    }

    @Override
    public MailEndpoint mail() {
        return startOnce("mail", MailEndpoint.class, starter::mail);
    }

    @Override
    public Optional<IrcEndpoint> irc() {
        // "not installed" is published too (as null), so it is not probed again
        return Optional.ofNullable(startOnce("irc", IrcEndpoint.class, () -> starter.irc().orElse(null)));
    }

    static <T> T startOnce(String server, Class<T> type, Supplier<T> start) {
        String property = PROPERTY_PREFIX + server;
        synchronized (property.intern()) {
            try {
                String published = System.getProperty(property);
                if (published != null) {
                    return JSON.readValue(published, type);
                }
                T endpoint = start.get();
                String json = JSON.writeValueAsString(endpoint);
                System.setProperty(property, json);
                LOG.log(System.Logger.Level.INFO, "Started {0} for the tests of this JVM: {1}", server, json);
                return endpoint;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Could not (de)serialize the endpoint of " + server, e);
            }
        }
    }
}
