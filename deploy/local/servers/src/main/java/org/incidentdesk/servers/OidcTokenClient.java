package org.incidentdesk.servers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Obtains signed access tokens with chosen claims from a mock-oauth2-server issuer, over HTTP, the way its login
 * page does:
 * <ol>
 * <li>{@code POST <issuer>/authorize?response_type=code&...} with the form fields {@code username} (the subject)
 * and {@code claims} (a JSON object of extra claims) answers a redirect carrying an authorization code;</li>
 * <li>{@code POST <issuer>/token} with {@code grant_type=authorization_code} exchanges the code for tokens whose
 * access token carries those claims.</li>
 * </ol>
 * Unlike the server's {@code requestMappings} templates, which can only put strings into claims, this yields real
 * JSON arrays, so roles sit in {@code realm_access.roles} exactly as Keycloak puts them.
 */
public final class OidcTokenClient {

    /** The client the test tokens are requested by (their {@code azp}); the mock server accepts any client. */
    public static final String REQUESTING_CLIENT = "incident-desk-tests";

    private static final String REDIRECT_URI = "http://" + Loopback.HOST + "/callback";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI issuerUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** @param issuerUrl e.g. {@code http://127.0.0.1:8180/incident-desk} */
    public OidcTokenClient(URI issuerUrl) {
        this.issuerUrl = withoutTrailingSlash(issuerUrl);
    }

    /**
     * An access token of a person: {@code sub} and {@code preferred_username} are {@code username}, and
     * {@code realm_access.roles} lists {@code roles}.
     */
    public String userToken(String username, Set<String> roles) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", username);
        claims.put("realm_access", Map.of("roles", sorted(roles)));
        return accessToken(username, claims);
    }

    /**
     * An access token shaped like the one Keycloak issues to the service account of {@code clientId} through the
     * client-credentials grant: {@code sub}, {@code azp} and {@code client_id} are {@code clientId},
     * {@code preferred_username} is {@code service-account-<clientId>}, and {@code realm_access.roles} lists
     * {@code roles}.
     */
    public String clientToken(String clientId, Set<String> roles) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", "service-account-" + clientId);
        claims.put("azp", clientId);
        claims.put("client_id", clientId);
        claims.put("realm_access", Map.of("roles", sorted(roles)));
        return accessToken(clientId, claims);
    }

    private String accessToken(String subject, Map<String, Object> claims) {
        String code = authorizationCode(subject, claims);
        HttpResponse<String> response = post(URI.create(issuerUrl + "/token"), Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", REDIRECT_URI,
                "client_id", REQUESTING_CLIENT,
                "client_secret", "unused"));
        if (response.statusCode() != 200) {
            throw failure("token", response);
        }
        try {
            JsonNode token = JSON.readTree(response.body()).path("access_token");
            if (!token.isTextual()) {
                throw failure("token", response);
            }
            return token.asText();
        } catch (IOException e) {
            throw new IllegalStateException("Token endpoint of " + issuerUrl + " answered no JSON: "
                    + response.body(), e);
        }
    }

    private String authorizationCode(String subject, Map<String, Object> claims) {
        String query = form(Map.of(
                "response_type", "code",
                "client_id", REQUESTING_CLIENT,
                "redirect_uri", REDIRECT_URI,
                "scope", "openid",
                "state", UUID.randomUUID().toString()));
        HttpResponse<String> response = post(URI.create(issuerUrl + "/authorize?" + query),
                Map.of("username", subject, "claims", toJson(claims)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || !location.startsWith(REDIRECT_URI)) {
            throw failure("authorize", response);
        }
        return queryParameter(URI.create(location), "code");
    }

    private HttpResponse<String> post(URI uri, Map<String, String> formFields) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(formFields)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("OIDC issuer " + issuerUrl + " is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while requesting a token", e);
        }
    }

    private IllegalStateException failure(String endpoint, HttpResponse<String> response) {
        return new IllegalStateException("The " + endpoint + " endpoint of " + issuerUrl + " answered "
                + response.statusCode() + " " + response.headers().map() + ": " + response.body());
    }

    private static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("No " + name + " in " + uri);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String toJson(Map<String, Object> claims) {
        try {
            return JSON.writeValueAsString(claims);
        } catch (IOException e) {
            throw new IllegalArgumentException("Claims are not serializable: " + claims, e);
        }
    }

    private static List<String> sorted(Set<String> roles) {
        return List.copyOf(new TreeSet<>(roles));
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
