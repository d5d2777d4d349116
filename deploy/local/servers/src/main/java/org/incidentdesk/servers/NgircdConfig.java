package org.incidentdesk.servers;

/**
 * A minimal ngircd.conf for a private IRC server on loopback: no PAM, no ident or DNS lookups, no limit on
 * connections per address and nicknames long enough for bots. Started as root, ngircd drops to user "nobody" by
 * itself, which is why the configuration names no PID file or other file it would have to write.
 */
final class NgircdConfig {

    static final String SERVER_NAME = "irc.incident-desk.local";

    private NgircdConfig() {
    }

    static String forPort(int port) {
        return """
                # Written by org.incidentdesk.servers.IrcServer on every start.
                [Global]
                Name = %s
                Info = Incident Desk local IRC
                AdminInfo1 = Incident Desk local stack
                AdminInfo2 = loopback only
                AdminEMail = nobody@localhost
                Listen = %s
                Ports = %d
                MotdPhrase = "Incident Desk local IRC"

                [Limits]
                MaxConnectionsIP = 0
                MaxNickLength = 30

                [Options]
                DNS = no
                Ident = no
                PAM = no
                """.formatted(SERVER_NAME, Loopback.HOST, port);
    }
}
