package org.incidentdesk.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.kitteh.irc.client.library.Client;
import org.kitteh.irc.client.library.event.channel.ChannelJoinEvent;
import org.kitteh.irc.client.library.event.channel.ChannelMessageEvent;

import net.engio.mbassy.listener.Handler;

/** A real IRC client sitting in channels and keeping every line said there, for tests to assert on. */
public final class IrcChannelWatcher implements AutoCloseable {

    private final Client client;
    private final Map<String, List<String>> linesByChannel = new ConcurrentHashMap<>();
    private final CountDownLatch joined;

    private IrcChannelWatcher(String host, int port, List<String> channels) {
        joined = new CountDownLatch(channels.size());
        client = Client.builder()
                .nick("watcher" + Long.toString(System.nanoTime() % 100_000))
                .server().host(host).port(port, Client.Builder.Server.SecurityType.INSECURE).then()
                .build();
        client.getEventManager().registerEventListener(this);
        client.addChannel(channels.toArray(String[]::new));
        client.connect();
    }

    /** Connects and returns once every channel is joined, so that no line said afterwards is missed. */
    public static IrcChannelWatcher join(String host, int port, List<String> channels, Duration timeout)
            throws InterruptedException {
        IrcChannelWatcher watcher = new IrcChannelWatcher(host, port, channels);
        if (!watcher.joined.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            watcher.close();
            throw new IllegalStateException("Could not join " + channels + " on " + host + ":" + port);
        }
        return watcher;
    }

    @Handler
    public void onJoin(ChannelJoinEvent event) {
        if (event.getClient().isUser(event.getUser())) {
            joined.countDown();
        }
    }

    @Handler
    public void onMessage(ChannelMessageEvent event) {
        linesByChannel.computeIfAbsent(event.getChannel().getName().toLowerCase(), name -> new CopyOnWriteArrayList<>())
                .add(event.getMessage());
    }

    /** Says something in a channel the watcher joined, as a person in the channel would. */
    public void say(String channel, String text) {
        client.sendMessage(channel, text);
    }

    /** The watcher's nick in the channel. */
    public String nick() {
        return client.getNick();
    }

    public List<String> linesIn(String channel) {
        return List.copyOf(linesByChannel.getOrDefault(channel.toLowerCase(), List.of()));
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
