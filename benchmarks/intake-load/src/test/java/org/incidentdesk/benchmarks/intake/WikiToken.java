package org.incidentdesk.benchmarks.intake;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wiki's access token (client credentials at Keycloak), fetched once before the load starts and reused by
 * every request. A background thread fetches a new one well before it expires (the realm issues tokens for 15
 * minutes; a long run would otherwise send expired tokens and measure 401s).
 */
final class WikiToken implements AutoCloseable {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI tokenUrl;
    private final String form;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "wiki-token-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String bearer;

    WikiToken(URI tokenUrl, String clientId, String clientSecret) {
        this.tokenUrl = tokenUrl;
        this.form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
        long expiresIn = fetch();
        scheduleRefresh(expiresIn);
    }

    /** {@code Bearer <token>}, always one that is valid for at least another minute. */
    String authorization() {
        return bearer;
    }

    private long fetch() {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("No token from " + tokenUrl + ": HTTP " + response.statusCode()
                        + " " + response.body());
            }
            bearer = "Bearer " + token.group(1);
            Matcher expires = EXPIRES_IN.matcher(response.body());
            return expires.find() ? Long.parseLong(expires.group(1)) : 300;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + tokenUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching a token", e);
        }
    }

    private void scheduleRefresh(long expiresInSeconds) {
        long delay = Math.max(5, Math.min(expiresInSeconds - 60, expiresInSeconds / 2));
        refresher.schedule(() -> {
            long next;
            try {
                next = fetch();
            } catch (RuntimeException e) {
                System.err.println("Token refresh failed, retrying in 5 s: " + e.getMessage());
                next = 70; // retry after (70 - 60) s at most, while the current token is still valid
            }
            scheduleRefresh(next);
        }, delay, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
