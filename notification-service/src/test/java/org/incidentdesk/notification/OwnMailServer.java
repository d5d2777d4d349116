package org.incidentdesk.notification;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.incidentdesk.servers.Loopback;
import org.incidentdesk.servers.MailServer;
import org.incidentdesk.testsupport.MailTestResource;

/**
 * A GreenMail of the test's own (not the one the JVM's tests share), which a test may stop and start again on the
 * same ports to see how the service lives through an SMTP outage. Read what arrived with
 * {@link org.incidentdesk.testsupport.TestMailbox}, as usual.
 */
public class OwnMailServer implements QuarkusTestResourceLifecycleManager {

    private static int smtpPort;
    private static int imapPort;
    private static int apiPort;
    private static MailServer server;

    @Override
    public Map<String, String> start() {
        smtpPort = Loopback.freePort();
        imapPort = Loopback.freePort();
        apiPort = Loopback.freePort();
        startAgain();
        return Map.of(
                "quarkus.mailer.host", server.host(),
                "quarkus.mailer.port", Integer.toString(smtpPort),
                "quarkus.mailer.mock", "false",
                MailTestResource.MAIL_API_URL, server.apiUrl().toString());
    }

    @Override
    public void stop() {
        shutDown();
    }

    /** SMTP goes down: connections are refused, and what it held is gone. */
    static synchronized void shutDown() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** SMTP comes back, on the same ports. */
    static synchronized void startAgain() {
        server = MailServer.start(null, smtpPort, imapPort, apiPort);
    }
}
