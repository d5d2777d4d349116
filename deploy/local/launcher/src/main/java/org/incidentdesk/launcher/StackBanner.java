package org.incidentdesk.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the launcher prints once everything is up: every URL and the demo logins of the realm. */
final class StackBanner {

    private StackBanner() {
    }

    static String of(LocalStack stack) {
        StackPorts ports = stack.settings().ports();
        StringBuilder out = new StringBuilder("\nIncident Desk is running.\n\n");
        line(out, "Gateway (the one base URL)", stack.gatewayUrl() + "/api/..." + replicated());
        for (ServiceCatalog.Instance instance : ServiceCatalog.instances(ports)) {
            String label = instance.service().replicas() == 1 ? instance.service().name()
                    : instance.service().name() + " (replica " + instance.replica() + ")";
            String base = instance.url().toString();
            line(out, label, base + "  (Swagger UI " + base + "/q/swagger-ui, health /q/health, metrics /q/metrics)");
        }
        line(out, "Keycloak", stack.keycloakAdminUrl() + "  (admin / admin), realm " + LocalStack.REALM
                + ", issuer " + stack.issuerUrl());
        line(out, "Staff logins", String.join(", ", staffUsers()) + "  (password: demo)");
        line(out, "API client", "wiki / local-demo-wiki-secret  (client credentials, role reporting-client)");
        line(out, "Staff token", "curl -s -d grant_type=password -d client_id=incident-desk-cli -d username=director"
                + " -d password=demo " + stack.issuerUrl() + "/protocol/openid-connect/token");
        line(out, "PostgreSQL", stack.postgres().jdbcUrl("<database>") + "  (user " + stack.postgres().username()
                + "; databases intake, routing, cases, postmortems, notifications)");
        line(out, "Kafka", stack.kafka().bootstrapServers());
        line(out, "Mail (GreenMail)", "SMTP 127.0.0.1:" + stack.mail().smtpPort() + ", IMAP 127.0.0.1:"
                + stack.mail().imapPort() + ", messages " + stack.mail().apiUrl() + "/api/user/<address>/messages");
        line(out, "Reports mailbox", LocalStack.REPORTS_MAILBOX + "  (mail it over SMTP: each message becomes a conduct report)");
        line(out, "Monitoring webhook", stack.gatewayUrl() + "/api/reports/alerts/" + LocalSecrets.ALERT_SOURCE
                + "  (Alertmanager v4; header Authorization: Secret " + LocalSecrets.ALERT_SECRET + ")");
        line(out, "IRC (ngircd)", stack.irc()
                .map(irc -> irc.host() + ":" + irc.port() + "  channels #incident-desk-ops, #incident-desk-security")
                .orElse("not installed: apt-get install ngircd, then start again"));
        line(out, "Logs", stack.settings().logs().toString());
        return out.append("\nPress Ctrl-C to stop everything.\n").toString();
    }

    /** "  (round-robin over the 2 replicas of intake-service)", or nothing when every service runs once. */
    private static String replicated() {
        List<String> replicated = ServiceCatalog.SERVICES.stream().filter(s -> s.replicas() > 1)
                .map(s -> s.replicas() + " replicas of " + s.name()).toList();
        return replicated.isEmpty() ? "" : "  (round-robin over the " + String.join(", the ", replicated) + ")";
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("  %-28s %s%n", label, value));
    }

    /** The demo staff users of the realm file (service accounts left out). */
    private static List<String> staffUsers() {
        try (InputStream realm = StackBanner.class.getResourceAsStream("/incident-desk-realm.json")) {
            JsonNode users = new ObjectMapper().readTree(realm).path("users");
            List<String> names = new ArrayList<>();
            users.forEach(user -> {
                if (!user.has("serviceAccountClientId")) {
                    names.add(user.path("username").asText());
                }
            });
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm file", e);
        }
    }
}
