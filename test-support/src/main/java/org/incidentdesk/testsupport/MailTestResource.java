package org.incidentdesk.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.incidentdesk.testsupport.servers.MailEndpoint;
import org.incidentdesk.testsupport.servers.TestServers;

import java.util.Map;

/**
 * Makes the Quarkus mailer really send, over SMTP, to the GreenMail server of this test JVM, which accepts any
 * recipient. Tests read what arrived with {@link TestMailbox}.
 */
public class MailTestResource implements QuarkusTestResourceLifecycleManager {

    /** Config key holding the base URL of the GreenMail REST API, read by {@link TestMailbox}. */
    public static final String MAIL_API_URL = "incident-desk.test.mail-api-url";
    /** Config keys of the server's host and IMAP port, for services that read a mailbox. */
    public static final String MAIL_HOST = "incident-desk.test.mail-host";
    public static final String IMAP_PORT = "incident-desk.test.imap-port";

    @Override
    public Map<String, String> start() {
        MailEndpoint mail = TestServers.forThisJvm().mail();
        return Map.of(
                "quarkus.mailer.host", mail.host(),
                "quarkus.mailer.port", Integer.toString(mail.smtpPort()),
                "quarkus.mailer.mock", "false",
                MAIL_API_URL, mail.apiUrl().toString(),
                MAIL_HOST, mail.host(),
                IMAP_PORT, Integer.toString(mail.imapPort()));
    }

    /** The server is shared by all tests of the JVM and stops when the JVM exits. */
    @Override
    public void stop() {
    }
}
