package org.incidentdesk.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.incidentdesk.events.Topics;
import org.incidentdesk.servers.IrcServer;
import org.incidentdesk.servers.KafkaBroker;
import org.incidentdesk.servers.KeycloakServer;
import org.incidentdesk.servers.Loopback;
import org.incidentdesk.servers.MailServer;
import org.incidentdesk.servers.PostgresServer;
import org.incidentdesk.servers.TopicSpec;

/**
 * The whole system on loopback: PostgreSQL with a database per service, a Kafka broker with the contract's
 * topics, Keycloak with the staff realm, GreenMail, ngircd when installed, the five services (intake twice, see
 * {@link ServiceCatalog}) and the gateway. Closing it stops everything in reverse order.
 */
public final class LocalStack implements AutoCloseable {

    public static final String REALM = "incident-desk";
    /** The private reports mailbox of the local stack (GreenMail, IMAP). */
    public static final String REPORTS_MAILBOX = "reports@localhost";
    private static final int PARTITIONS_PER_TOPIC = 3;

    private final StackSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private PostgresServer postgres;
    private volatile KafkaBroker kafka;
    private MailServer mail;
    private KeycloakServer keycloak;
    private Optional<IrcServer> irc = Optional.empty();
    private ServiceProcesses services;
    private Gateway gateway;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    public static LocalStack start(StackSettings settings) {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        StackPorts ports = settings.ports();
        Path data = settings.dataDir();
        // Keycloak is the slowest to start: let it start while the other servers do.
        Path realm = extractRealm(data);
        CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture.supplyAsync(
                () -> KeycloakServer.start(data.resolve("keycloak"), ports.keycloak(), realm));
        try {
            postgres = track(PostgresServer.start(data.resolve("postgres"), ports.postgres()));
            ServiceCatalog.SERVICES.forEach(service -> postgres.createDatabaseIfMissing(service.database()));
            kafka = KafkaBroker.start(data.resolve("kafka"), ports.kafka());
            started.push(() -> kafka.close()); // whichever broker runs then: see startKafkaAgain
            kafka.createTopics(Topics.all().stream().map(topic -> TopicSpec.of(topic, PARTITIONS_PER_TOPIC)).toList());
            mail = track(MailServer.start(data.resolve("mail"), ports.smtp(), ports.imap(), ports.mailApi()));
            irc = IrcServer.startIfInstalled(data.resolve("irc"), ports.irc());
            irc.ifPresent(this::track);
        } finally {
            keycloak = track(joinKeycloak(keycloakStart));
        }
        services = track(new ServiceProcesses());
        for (ServiceCatalog.Instance instance : ServiceCatalog.instances(ports)) {
            String service = instance.service().name();
            services.start(instance.name(), settings.serviceApplication(service), instance.port(),
                    environmentOf(instance.service()), settings.logs());
        }
        services.awaitReady();
        Map<String, List<Integer>> servicePorts = new LinkedHashMap<>();
        ServiceCatalog.SERVICES.forEach(s -> servicePorts.put(s.name(),
                ServiceCatalog.instancesOf(s.name(), ports).stream().map(ServiceCatalog.Instance::port).toList()));
        gateway = track(Gateway.start(Loopback.HOST, ports.gateway(), RouteTable.load(), servicePorts));
    }

    /**
     * Starts the broker again after it was stopped ({@code kafka().close()}), on the same data folder and port, so
     * that the running services reconnect to it and find their topics, records and offsets. For outage tests.
     */
    public void startKafkaAgain() {
        kafka = kafka.startAgain();
    }

    private Map<String, String> environmentOf(ServiceCatalog.Service service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuerUrl().toString());
        env.put("QUARKUS_MAILER_HOST", mail.host());
        env.put("QUARKUS_MAILER_PORT", Integer.toString(mail.smtpPort()));
        env.put("INCIDENT_DESK_NOTIFICATION_STAFF_BASE_URL", gatewayUrl().toString());
        env.put("INCIDENT_DESK_IRC_ENABLED", Boolean.toString(irc.isPresent()));
        irc.ifPresent(server -> {
            env.put("INCIDENT_DESK_IRC_HOST", server.host());
            env.put("INCIDENT_DESK_IRC_PORT", Integer.toString(server.port()));
        });
        switch (service.name()) {
            case "intake-service" -> env.putAll(intakeEnvironment());
            case "notification-service" -> {
                env.put("INCIDENT_DESK_INTAKE_URL", gatewayUrl().toString());
                env.put("INCIDENT_DESK_CASES_URL", gatewayUrl().toString());
                env.put("INCIDENT_DESK_NOTIFICATION_CLIENT_SECRET", LocalSecrets.NOTIFICATION_CLIENT_SECRET);
            }
            case "postmortem-service" -> {
                env.put("INCIDENT_DESK_CASES_URL", gatewayUrl().toString());
                env.put("INCIDENT_DESK_POSTMORTEM_CLIENT_SECRET", LocalSecrets.POSTMORTEM_CLIENT_SECRET);
                env.put("INCIDENT_DESK_POSTMORTEM_PUBLIC_BASE_URL", gatewayUrl().toString());
            }
            default -> { }
        }
        return env;
    }

    /** Intake's secrets, its monitoring source and the private reports mailbox ({@value #REPORTS_MAILBOX}). */
    private Map<String, String> intakeEnvironment() {
        LocalSecrets secrets = new LocalSecrets(settings.dataDir());
        String source = "INCIDENT_DESK_INTAKE_ALERT_SOURCES__" + LocalSecrets.ALERT_SOURCE.toUpperCase() + "__";
        return Map.of(
                "INCIDENT_DESK_INTAKE_ENCRYPTION_MASTER_KEYSET", secrets.intakeMasterKeyset(),
                "INCIDENT_DESK_INTAKE_ENCRYPTION_INDEX_KEY", secrets.intakeIndexKey(),
                source + "FORMAT", "ALERTMANAGER",
                source + "SECRET", LocalSecrets.ALERT_SECRET,
                "INCIDENT_DESK_INTAKE_MAILBOX_HOST", mail.host(),
                "INCIDENT_DESK_INTAKE_MAILBOX_PORT", Integer.toString(mail.imapPort()),
                "INCIDENT_DESK_INTAKE_MAILBOX_PROTOCOL", "imap",
                "INCIDENT_DESK_INTAKE_MAILBOX_USERNAME", REPORTS_MAILBOX,
                "INCIDENT_DESK_INTAKE_MAILBOX_PASSWORD", "local",
                "INCIDENT_DESK_INTAKE_MAILBOX_POLL_INTERVAL", "5s");
    }

    public URI gatewayUrl() {
        return URI.create("http://" + Loopback.HOST + ":" + settings.ports().gateway());
    }

    public URI issuerUrl() {
        return keycloak.issuerUrl(REALM);
    }

    public URI keycloakAdminUrl() {
        return keycloak.adminUrl();
    }

    public MailServer mail() {
        return mail;
    }

    public Optional<IrcServer> irc() {
        return irc;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /** The process id of each running service process, by instance name ({@link ServiceCatalog.Instance#name()}). */
    public Map<String, Long> servicePids() {
        return services.pids();
    }

    public StackSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("Could not stop cleanly: " + e.getMessage());
            }
        }
    }

    private <T extends AutoCloseable> T track(T server) {
        started.push(server);
        return server;
    }

    private static KeycloakServer joinKeycloak(CompletableFuture<KeycloakServer> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static Path extractRealm(Path data) {
        try (InputStream realm = LocalStack.class.getResourceAsStream("/incident-desk-realm.json")) {
            Path file = data.resolve("keycloak-realm/incident-desk-realm.json");
            Files.createDirectories(file.getParent());
            Files.copy(realm, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Keycloak realm file", e);
        }
    }
}
