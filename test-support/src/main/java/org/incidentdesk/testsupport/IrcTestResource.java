package org.incidentdesk.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.incidentdesk.testsupport.servers.IrcEndpoint;
import org.incidentdesk.testsupport.servers.TestServers;

import java.util.Map;
import java.util.Optional;

/**
 * Gives the service the IRC server of this test JVM (ngircd) when one is installed, and otherwise tells it that
 * there is none: {@value #ENABLED} is then false, and tests that need IRC should skip themselves on it.
 */
public class IrcTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ENABLED = "incident-desk.irc.enabled";
    public static final String HOST = "incident-desk.irc.host";
    public static final String PORT = "incident-desk.irc.port";

    @Override
    public Map<String, String> start() {
        Optional<IrcEndpoint> irc = TestServers.forThisJvm().irc();
        return irc.map(endpoint -> Map.of(
                        ENABLED, "true",
                        HOST, endpoint.host(),
                        PORT, Integer.toString(endpoint.port())))
                .orElse(Map.of(ENABLED, "false"));
    }

    /** The server is shared by all tests of the JVM and stops when the JVM exits. */
    @Override
    public void stop() {
    }
}
