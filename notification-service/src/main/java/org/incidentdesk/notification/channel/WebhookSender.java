package org.incidentdesk.notification.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.incidentdesk.notification.config.WebhookConfig;
import org.incidentdesk.notification.domain.Delivery;

/** Posts a delivery to a Slack-compatible incoming webhook as {@code {"text": ...}}; anything but 2xx fails it. */
@ApplicationScoped
public class WebhookSender {

    /** Short: deliveries are sent inside the dispatcher's transaction, which a slow webhook must not outlast. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(5);

    private final WebhookConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    public WebhookSender(WebhookConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** The names of the webhooks a community or team has, if any. */
    public Optional<String> forCommunity(String community) {
        return community != null && config.communities().containsKey(community)
                ? Optional.of("community:" + community) : Optional.empty();
    }

    public Optional<String> forTeam(String team) {
        return config.teams().containsKey(team) ? Optional.of("team:" + team) : Optional.empty();
    }

    public void send(Delivery delivery) {
        HttpRequest request = requestTo(delivery.recipient, body(delivery.body));
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Webhook " + delivery.recipient + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Webhook " + delivery.recipient + " unreachable: "
                    + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while posting to webhook " + delivery.recipient, e);
        }
    }

    /** The URL is a secret: a malformed one is reported by the webhook's name, never by its text. */
    private HttpRequest requestTo(String name, String body) {
        try {
            return HttpRequest.newBuilder(URI.create(urlOf(name).strip())).timeout(RESPONSE_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Webhook " + name + " has a malformed URL");
        }
    }

    private String urlOf(String name) {
        String url = name.startsWith("community:") ? config.communities().get(name.substring("community:".length()))
                : name.startsWith("team:") ? config.teams().get(name.substring("team:".length())) : null;
        if (url == null) {
            throw new IllegalStateException("No webhook " + name + " is configured (any more)");
        }
        return url;
    }

    private String body(String text) {
        try {
            return json.writeValueAsString(Map.of("text", text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A message could not be written as JSON", e);
        }
    }
}
