package org.incidentdesk.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.incidentdesk.servers.ReceivedMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs each test resource's life cycle the way Quarkus does (init, start, then the returned configuration is what
 * the application sees) and checks the configuration leads to working servers. The configuration is handed to the
 * helpers through system properties, one of the sources of {@link ConfigProvider}.
 */
class TestResourcesTest {

    private static final Map<String, String> CONFIG = new HashMap<>();

    @BeforeAll
    static void startResources() {
        CONFIG.putAll(started(new PostgresTestResource(), Map.of(PostgresTestResource.DATABASE, "cases")));
        CONFIG.putAll(started(new KafkaTestResource(), Map.of(KafkaTestResource.TOPICS, "cases.opened:3,audit")));
        CONFIG.putAll(started(new OidcTestResource(), Map.of()));
        CONFIG.putAll(started(new MailTestResource(), Map.of()));
        CONFIG.putAll(started(new IrcTestResource(), Map.of()));
        CONFIG.forEach(System::setProperty);
    }

    @AfterAll
    static void forgetConfiguration() {
        CONFIG.keySet().forEach(System::clearProperty);
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig());
    }

    @Test
    void postgresResourceConfiguresTheDatasourceForACreatedDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(CONFIG.get("quarkus.datasource.jdbc.url"),
                CONFIG.get("quarkus.datasource.username"), CONFIG.get("quarkus.datasource.password"));
             ResultSet result = connection.createStatement().executeQuery("SELECT current_database()")) {
            assertTrue(result.next());
            assertEquals("cases", result.getString(1));
        }
    }

    @Test
    void kafkaResourceCreatesTheRequestedTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                CONFIG.get("kafka.bootstrap.servers")))) {
            assertEquals(3, admin.describeTopics(Set.of("cases.opened")).allTopicNames().get()
                    .get("cases.opened").partitions().size());
            assertTrue(admin.listTopics().names().get().contains("audit"));
        }
    }

    @Test
    void testTokensCarryTheRequestedIdentityAndRoles() throws Exception {
        assertEquals(OidcTestResource.DEFAULT_CLIENT_ID, CONFIG.get("quarkus.oidc.client-id"));

        JsonNode staff = claims(TestTokens.staff("alice", "incident-responder", "case-admin"));
        assertEquals(CONFIG.get("quarkus.oidc.auth-server-url"), staff.path("iss").asText());
        assertEquals("alice", staff.path("preferred_username").asText());
        assertEquals("[\"case-admin\",\"incident-responder\"]", staff.path("realm_access").path("roles").toString());

        JsonNode client = claims(TestTokens.client("routing-service", "incident-router"));
        assertEquals("routing-service", client.path("azp").asText());
        assertEquals("[\"incident-router\"]", client.path("realm_access").path("roles").toString());
    }

    @Test
    void mailerConfigurationDeliversToTheTestMailbox() throws Exception {
        assertEquals("false", CONFIG.get("quarkus.mailer.mock"));
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", CONFIG.get("quarkus.mailer.host"));
        smtp.put("mail.smtp.port", CONFIG.get("quarkus.mailer.port"));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom("desk@incident-desk.local");
        message.setRecipients(Message.RecipientType.TO, "reporter@example.org");
        message.setSubject("Your report was received");
        message.setText("Thank you.");
        Transport.send(message);

        List<ReceivedMail> received = TestMailbox.awaitMessagesFor("reporter@example.org", 1, Duration.ofSeconds(10));

        assertEquals("Your report was received", received.get(0).subject());
        assertEquals("desk@incident-desk.local", received.get(0).from());
    }

    @Test
    void ircResourcePointsAtAListeningServerWhenNgircdIsInstalled() throws Exception {
        assumeTrue(Boolean.parseBoolean(CONFIG.get(IrcTestResource.ENABLED)), "ngircd is not installed");
        try (Socket socket = new Socket(CONFIG.get(IrcTestResource.HOST),
                Integer.parseInt(CONFIG.get(IrcTestResource.PORT)))) {
            assertTrue(socket.isConnected());
        }
    }

    @Test
    void everyResourceSharesTheServersOfThisJvm() {
        assertEquals(CONFIG.get("kafka.bootstrap.servers"),
                started(new KafkaTestResource(), Map.of()).get("kafka.bootstrap.servers"));
        assertEquals(CONFIG.get("quarkus.oidc.auth-server-url"),
                started(new OidcTestResource(), Map.of()).get("quarkus.oidc.auth-server-url"));
    }

    private static Map<String, String> started(io.quarkus.test.common.QuarkusTestResourceLifecycleManager resource,
                                               Map<String, String> initArgs) {
        resource.init(initArgs);
        return resource.start();
    }

    private static JsonNode claims(String token) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
