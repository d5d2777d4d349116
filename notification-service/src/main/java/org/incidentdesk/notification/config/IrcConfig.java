package org.incidentdesk.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The IRC network of the ops chat channels. */
@ConfigMapping(prefix = "incident-desk.irc")
public interface IrcConfig {

    /** Off when no IRC server is available; chat deliveries then wait until it is switched on. */
    @WithDefault("false")
    boolean enabled();

    @WithDefault("127.0.0.1")
    String host();

    @WithDefault("6667")
    int port();

    @WithDefault("incident-desk")
    String nick();

    /** Where operational incidents are announced and {@code !log} lines are read. */
    @WithDefault("#incident-desk-ops")
    String opsChannel();

    /** The private internal channel for security incidents. */
    @WithDefault("#incident-desk-security")
    String securityChannel();
}
