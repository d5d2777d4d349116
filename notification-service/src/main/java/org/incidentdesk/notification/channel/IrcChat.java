package org.incidentdesk.notification.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.kitteh.irc.client.library.Client;
import org.kitteh.irc.client.library.event.channel.ChannelJoinEvent;
import org.kitteh.irc.client.library.event.channel.ChannelMessageEvent;
import org.kitteh.irc.client.library.event.client.ClientNegotiationCompleteEvent;

import io.quarkus.runtime.StartupEvent;
import net.engio.mbassy.listener.Handler;

import org.incidentdesk.notification.config.IrcConfig;
import org.incidentdesk.notification.service.ChatLogCapture;

/**
 * The service's connection to the IRC network: joins the ops and security channels, posts to them, and hears
 * {@code !log} lines in the ops channel.
 * The Kitteh client reconnects by itself; until it has joined a channel, posting there fails and the delivery
 * is retried later.
 */
@ApplicationScoped
public class IrcChat {

    private static final Logger LOG = Logger.getLogger(IrcChat.class);

    private final IrcConfig config;
    private final ChatLogCapture logCapture;
    private final Clock clock;
    private final Set<String> joinedChannels = ConcurrentHashMap.newKeySet();
    private volatile Client client;

    public IrcChat(IrcConfig config, ChatLogCapture logCapture, Clock clock) {
        this.config = config;
        this.logCapture = logCapture;
        this.clock = clock;
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

    /** Listens to the ops channel for {@code !log} lines; never to the private channel, never to itself. */
    @Handler
    public void onMessage(ChannelMessageEvent event) {
        String channel = event.getChannel().getName();
        if (!channel.equalsIgnoreCase(config.opsChannel()) || event.getClient().isUser(event.getActor())) {
            return;
        }
        try {
            logCapture.heard(channel, event.getActor().getNick(), event.getMessage(), Instant.now(clock));
        } catch (RuntimeException e) {
            LOG.errorf("A line from %s in %s could not be passed on: %s", event.getActor().getNick(), channel,
                    e.getClass().getSimpleName());
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
