package org.incidentdesk.notification.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.incidentdesk.events.ChatLineLogged;
import org.incidentdesk.platform.outbox.Outbox;

/**
 * Reads {@code !log <text>} lines in the ops channel and passes them on as {@code chat.line-logged}, for the
 * timeline of the incident they are about (case-service decides which). The line's id is derived from what was
 * said, by whom, where and in which second, so that replicas that all heard it publish the same id.
 */
@ApplicationScoped
public class ChatLogCapture {

    private static final Logger LOG = Logger.getLogger(ChatLogCapture.class);
    private static final String COMMAND = "!log";

    private final Outbox outbox;

    public ChatLogCapture(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @return the line passed on, when the message is a {@code !log} line with something to log */
    @Transactional
    public Optional<ChatLineLogged> heard(String channel, String nick, String message, Instant at) {
        String said = message.strip();
        boolean isLog = said.regionMatches(true, 0, COMMAND, 0, COMMAND.length())
                && (said.length() == COMMAND.length() || Character.isWhitespace(said.charAt(COMMAND.length())));
        String text = isLog ? said.substring(COMMAND.length()).strip() : "";
        if (text.isEmpty()) {
            return Optional.empty();
        }
        ChatLineLogged line = new ChatLineLogged(lineId(channel, nick, text, at), channel, nick, text, at);
        outbox.publish(line);
        LOG.infof("!log line from %s in %s passed on", nick, channel);
        return Optional.of(line);
    }

    static UUID lineId(String channel, String nick, String text, Instant at) {
        String said = channel + '\n' + nick + '\n' + text + '\n' + at.truncatedTo(ChronoUnit.SECONDS);
        return UUID.nameUUIDFromBytes(said.getBytes(StandardCharsets.UTF_8));
    }
}
