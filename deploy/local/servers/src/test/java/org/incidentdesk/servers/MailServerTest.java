package org.incidentdesk.servers;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailServerTest {

    private static MailServer mail;

    @BeforeAll
    static void startMailServer() {
        mail = MailServer.start(null, 0, 0, 0);
    }

    @AfterAll
    static void stopMailServer() {
        mail.close();
    }

    @Test
    void deliversPlainTextMailToAnyRecipient() throws MessagingException {
        MimeMessage message = newMessage("oncall@example.org", "Incident #7 opened: database down");
        message.setText("Severity: high\nService: wiki-db", "UTF-8");
        Transport.send(message);

        List<ReceivedMail> received = mail.inbox().awaitMessagesFor("oncall@example.org", 1, Duration.ofSeconds(10));

        assertEquals(1, received.size());
        assertEquals("Incident #7 opened: database down", received.get(0).subject());
        assertEquals("Severity: high\nService: wiki-db", received.get(0).body().replace("\r\n", "\n"));
        assertEquals("Incident Desk <desk@incident-desk.local>", received.get(0).from());
    }

    @Test
    void readsTheTextPartOfAlternativeMailWithNonAsciiSubject() throws MessagingException {
        MimeMessage message = newMessage("conduct@example.org", "Meldung über Verhalten");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Plain text wins", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>HTML loses</p>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", html, text));
        Transport.send(message);

        ReceivedMail received = mail.inbox().awaitMessagesFor("conduct@example.org", 1, Duration.ofSeconds(10)).get(0);

        assertEquals("Meldung über Verhalten", received.subject());
        assertEquals("Plain text wins", received.body());
    }

    @Test
    void hasNoMessagesForAnAddressNobodyWroteTo() {
        assertEquals(List.of(), mail.inbox().messagesFor("nobody@example.org"));
    }

    @Test
    void purgeEmptiesEveryMailbox() throws MessagingException {
        MimeMessage message = newMessage("purged@example.org", "to be purged");
        message.setText("x");
        Transport.send(message);
        mail.inbox().awaitMessagesFor("purged@example.org", 1, Duration.ofSeconds(10));

        mail.inbox().purge();

        assertTrue(mail.inbox().messagesFor("purged@example.org").isEmpty());
    }

    private static MimeMessage newMessage(String to, String subject) throws MessagingException {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", mail.host());
        smtp.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("Incident Desk <desk@incident-desk.local>"));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        return message;
    }
}
