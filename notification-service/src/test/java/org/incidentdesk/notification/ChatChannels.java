package org.incidentdesk.notification;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import org.incidentdesk.testsupport.IrcChannelWatcher;
import org.incidentdesk.testsupport.IrcTestResource;

/** The channels notification-service posts to, and a watcher in both, on the test's ngircd. */
final class ChatChannels {

    static final String OPS = "#incident-desk-ops";
    static final String SECURITY = "#incident-desk-security";

    private ChatChannels() {
    }

    /** Joins both channels and returns once it has, so that no line said afterwards is missed. */
    static IrcChannelWatcher watch(Duration timeout) throws InterruptedException {
        String host = ConfigProvider.getConfig().getValue(IrcTestResource.HOST, String.class);
        int port = ConfigProvider.getConfig().getValue(IrcTestResource.PORT, Integer.class);
        return IrcChannelWatcher.join(host, port, List.of(OPS, SECURITY), timeout);
    }
}
