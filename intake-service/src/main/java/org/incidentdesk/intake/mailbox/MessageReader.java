package org.incidentdesk.intake.mailbox;

import java.io.IOException;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;

import org.jsoup.Jsoup;

/** Reads the sender, subject and text of a message; an HTML-only message becomes its text, never markup. */
final class MessageReader {

    private MessageReader() {
    }

    static EmailedReport read(Message message) throws MessagingException, IOException {
        String[] ids = message.getHeader("Message-ID");
        String messageId = ids != null && ids.length > 0 ? ids[0] : null;
        return new EmailedReport(messageId, sender(message), message.getSubject(), text(message));
    }

    private static String sender(Message message) throws MessagingException {
        Address[] replyTo = message.getReplyTo();
        Address[] from = replyTo != null && replyTo.length > 0 ? replyTo : message.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address.getAddress() : null;
    }

    /** The first text/plain part, else the text of the first text/html part. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("text/html")) {
            return Jsoup.parse(String.valueOf(part.getContent())).text();
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.isMimeType("text/plain")) {
                    return String.valueOf(child.getContent());
                }
                if (html == null && (child.isMimeType("text/html") || child.isMimeType("multipart/*"))) {
                    html = text(child);
                }
            }
            return html;
        }
        return null;
    }
}
