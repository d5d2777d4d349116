package org.incidentdesk.testsupport.servers;

import org.incidentdesk.servers.OidcServer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startable;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import java.net.URI;
import java.util.Optional;

/**
 * Starts the servers as Docker containers through Testcontainers, with the same software and versions as the
 * embedded ones. IRC has no container variant: it is ngircd when installed, as in embedded mode.
 */
final class ContainerTestServers implements TestServers {

    static final DockerImageName POSTGRES = DockerImageName.parse("postgres:17-alpine");
    static final DockerImageName KAFKA = DockerImageName.parse("apache/kafka-native:4.1.1");
    static final DockerImageName MOCK_OAUTH2_SERVER = DockerImageName.parse("ghcr.io/navikt/mock-oauth2-server:2.1.10");
    static final DockerImageName GREENMAIL = DockerImageName.parse("greenmail/standalone:2.1.5");

    private static final int HTTP = 8080;
    private static final int SMTP = 3025;
    private static final int IMAP = 3143;

    @Override
    public PostgresEndpoint postgres() {
        PostgreSQLContainer postgres = started(new PostgreSQLContainer(POSTGRES), "PostgreSQL container");
        return new PostgresEndpoint(postgres.getHost(), postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                postgres.getUsername(), postgres.getPassword());
    }

    @Override
    public String kafkaBootstrapServers() {
        return started(new KafkaContainer(KAFKA), "Kafka container").getBootstrapServers();
    }

    @Override
    public URI oidcIssuerUrl() {
        String issuerPath = "/" + OidcServer.ISSUER_ID;
        GenericContainer<?> oidc = started(new GenericContainer<>(MOCK_OAUTH2_SERVER)
                .withEnv("SERVER_PORT", Integer.toString(HTTP))
                .withEnv("JSON_CONFIG", OidcServer.JSON_CONFIG)
                .withExposedPorts(HTTP)
                .waitingFor(Wait.forHttp(issuerPath + "/.well-known/openid-configuration").forPort(HTTP)),
                "mock-oauth2-server container");
        return URI.create("http://" + oidc.getHost() + ":" + oidc.getMappedPort(HTTP) + issuerPath);
    }

    @Override
    public MailEndpoint mail() {
        GenericContainer<?> mail = started(new GenericContainer<>(GREENMAIL)
                .withEnv("GREENMAIL_OPTS", "-Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap"
                        + " -Dgreenmail.hostname=0.0.0.0 -Dgreenmail.api.port=" + HTTP + " -Dgreenmail.auth.disabled")
                .withExposedPorts(SMTP, IMAP, HTTP)
                .waitingFor(Wait.forHttp("/api/service/readiness").forPort(HTTP)),
                "GreenMail container");
        return new MailEndpoint(mail.getHost(), mail.getMappedPort(SMTP), mail.getMappedPort(IMAP),
                URI.create("http://" + mail.getHost() + ":" + mail.getMappedPort(HTTP)));
    }

    @Override
    public Optional<IrcEndpoint> irc() {
        return new EmbeddedTestServers().irc();
    }

    /** Starts {@code container} and stops it when the JVM exits (Testcontainers' Ryuk would also reap it later). */
    private static <T extends Startable> T started(T container, String name) {
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-" + name));
        return container;
    }
}
