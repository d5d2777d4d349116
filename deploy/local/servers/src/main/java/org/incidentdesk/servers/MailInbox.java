package org.incidentdesk.servers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the mailboxes of a GreenMail server through its REST API (GreenMail 2.1):
 * {@code GET /api/user/{email}/messages/} lists the INBOX of a user with each message's raw MIME source, and
 * {@code POST /api/mail/purge} empties every mailbox.
 */
public final class MailInbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Session MIME_SESSION = Session.getInstance(new Properties());
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI apiUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param apiUrl base URL of the GreenMail API, e.g. {@code http://127.0.0.1:8080} */
    public MailInbox(URI apiUrl) {
        this.apiUrl = apiUrl;
    }

    /** The messages in the INBOX of {@code email}, oldest first; empty when nothing was ever sent there. */
    public List<ReceivedMail> messagesFor(String email) {
        String path = "/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8).replace("+", "%20")
                + "/messages/";
        HttpResponse<String> response = send(HttpRequest.newBuilder(apiUrl.resolve(path)).GET());
        if (response.statusCode() == 400 && response.body().contains("not found")) {
            return List.of(); // GreenMail creates a mailbox on first delivery
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GreenMail answered " + response.statusCode() + " for " + path + ": "
                    + response.body());
        }
        List<ReceivedMail> messages = new ArrayList<>();
        for (JsonNode message : readJson(response.body())) {
            messages.add(parse(message.path("mimeMessage").asText()));
        }
        return messages;
    }

    /**
     * Polls until {@code email} has at least {@code count} messages.
     *
     * @return all messages of {@code email}
     * @throws IllegalStateException when they do not arrive within {@code timeout}
     */
    public List<ReceivedMail> awaitMessagesFor(String email, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ReceivedMail> messages = messagesFor(email);
        while (messages.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Expected " + count + " message(s) for " + email + " within "
                        + timeout.toSeconds() + " s, got " + messages.size() + ": " + messages);
            }
            pause();
            messages = messagesFor(email);
        }
        return messages;
    }

    /** Deletes the messages of every mailbox. */
    public void purge() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(apiUrl.resolve("/api/mail/purge"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GreenMail could not purge mails: " + response.body());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GreenMail API at " + apiUrl + " is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the GreenMail API", e);
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("GreenMail API answered something that is not JSON: " + body, e);
        }
    }

    static ReceivedMail parse(String rawMessage) {
        try {
            MimeMessage message = new MimeMessage(MIME_SESSION,
                    new ByteArrayInputStream(rawMessage.getBytes(StandardCharsets.UTF_8)));
            String subject = Optional.ofNullable(message.getSubject()).orElse("");
            String from = Optional.ofNullable(message.getHeader("From", ", ")).orElse("");
            return new ReceivedMail(subject, bodyOf(message), from);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not parse a message from GreenMail", e);
        }
    }

    /** The text/plain content of a message or, lacking one, its text/html content. */
    private static String bodyOf(MimeMessage message) throws MessagingException, IOException {
        Optional<String> plain = firstPartOfType(message, "text/plain");
        return plain.isPresent() ? plain.get() : firstPartOfType(message, "text/html").orElse("");
    }

    /** Depth-first search through multiparts for the first part of {@code mimeType}. */
    private static Optional<String> firstPartOfType(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return Optional.of(part.getContent().toString());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> found = firstPartOfType(multipart.getBodyPart(i), mimeType);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for mail", e);
        }
    }
}
