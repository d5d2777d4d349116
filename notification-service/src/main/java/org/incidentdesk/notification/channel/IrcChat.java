package org.incidentdesk.notification.channel;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.kitteh.irc.client.library.Client;
import org.kitteh.irc.client.library.event.channel.ChannelJoinEvent;
import org.kitteh.irc.client.library.event.client.ClientNegotiationCompleteEvent;

import io.quarkus.runtime.StartupEvent;
import net.engio.mbassy.listener.Handler;

import org.incidentdesk.notification.config.IrcConfig;

/**
 * The service's connection to the IRC network: joins the ops and security channels and posts to them.
 * The Kitteh client reconnects by itself; until it has joined a channel, posting there fails and the delivery
 * is retried later.
 */
@ApplicationScoped
public class IrcChat {

    private static final Logger LOG = Logger.getLogger(IrcChat.class);

    private final IrcConfig config;
    private final Set<String> joinedChannels = ConcurrentHashMap.newKeySet();
    private volatile Client client;

    public IrcChat(IrcConfig config) {
        this.config = config;
    }

    void connectOnStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            LOG.info("IRC is disabled; chat messages wait until it is enabled");
            return;
        }
        client = Client.builder()
                .nick(config.nick())
                .user("incident-desk")
                .realName("Incident Desk")
                .server().host(config.host()).port(config.port(), Client.Builder.Server.SecurityType.INSECURE).then()
                .build();
        client.getEventManager().registerEventListener(this);
        client.addChannel(config.opsChannel(), config.securityChannel());
        client.connect();
    }

    @Handler
    public void onConnected(ClientNegotiationCompleteEvent event) {
        LOG.infof("Connected to IRC at %s:%d as %s", config.host(), config.port(), config.nick());
    }

    @Handler
    public void onJoin(ChannelJoinEvent event) {
        if (event.getClient().isUser(event.getUser())) {
            joinedChannels.add(event.getChannel().getName().toLowerCase());
        }
    }

    /** Posts one line to a channel the client has joined; throws when it cannot, so the caller retries. */
    public void post(String channel, String text) {
        if (client == null || !joinedChannels.contains(channel.toLowerCase())) {
            throw new IllegalStateException("Not in IRC channel " + channel + " yet");
        }
        text.lines().forEach(line -> client.sendMessage(channel, line));
    }

    @PreDestroy
    void disconnect() {
        if (client != null) {
            client.shutdown("Incident Desk notification-service stopping");
        }
    }
}
