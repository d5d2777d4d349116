package org.incidentdesk.testsupport;

import org.eclipse.microprofile.config.ConfigProvider;
import org.incidentdesk.servers.MailInbox;
import org.incidentdesk.servers.ReceivedMail;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The mail that the application under test really sent, read from the GreenMail server whose API URL
 * {@link MailTestResource} put in the configuration ({@value MailTestResource#MAIL_API_URL}).
 */
public final class TestMailbox {

    private TestMailbox() {
    }

    /** What arrived for {@code email} so far, oldest first. */
    public static List<ReceivedMail> messagesFor(String email) {
        return inbox().messagesFor(email);
    }

    /** Waits until {@code email} has at least {@code count} messages, then returns all of them. */
    public static List<ReceivedMail> awaitMessagesFor(String email, int count, Duration timeout) {
        return inbox().awaitMessagesFor(email, count, timeout);
    }

    /** Empties every mailbox, e.g. before each test. */
    public static void purge() {
        inbox().purge();
    }

    private static MailInbox inbox() {
        String apiUrl = ConfigProvider.getConfig().getValue(MailTestResource.MAIL_API_URL, String.class);
        return new MailInbox(URI.create(apiUrl));
    }
}
