package org.incidentdesk.testsupport.servers;

import org.incidentdesk.servers.IrcServer;
import org.incidentdesk.servers.KafkaBroker;
import org.incidentdesk.servers.MailServer;
import org.incidentdesk.servers.OidcServer;
import org.incidentdesk.servers.PostgresServer;

import java.net.URI;
import java.util.Optional;

/**
 * Starts real servers on loopback (local-servers), in temporary folders, on free ports. Each of them stops and
 * deletes its folder by itself when the JVM exits.
 */
final class EmbeddedTestServers implements TestServers {

    @Override
    public PostgresEndpoint postgres() {
        PostgresServer server = PostgresServer.start(null, 0);
        return new PostgresEndpoint(server.host(), server.port(), server.username(), server.password());
    }

    @Override
    public String kafkaBootstrapServers() {
        return KafkaBroker.start(null, 0).bootstrapServers();
    }

    @Override
    public URI oidcIssuerUrl() {
        return OidcServer.start(null, 0).issuerUrl();
    }

    @Override
    public MailEndpoint mail() {
        MailServer server = MailServer.start(null, 0, 0, 0);
        return new MailEndpoint(server.host(), server.smtpPort(), server.imapPort(), server.apiUrl());
    }

    @Override
    public Optional<IrcEndpoint> irc() {
        return IrcServer.startIfInstalled(null, 0).map(server -> new IrcEndpoint(server.host(), server.port()));
    }
}
