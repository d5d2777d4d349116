package org.incidentdesk.servers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/** Just enough JWT handling for tests: read the claims, check an RS256 signature against the issuer's JWKS. */
final class Jwt {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Jwt() {
    }

    static JsonNode claims(String token) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    /** Whether {@code token} carries a valid RS256 signature by a key the issuer publishes at {@code jwksUri}. */
    static boolean isSignedByIssuer(String token, URI jwksUri) throws Exception {
        String[] parts = token.split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        if (!"RS256".equals(header.path("alg").asText())) {
            return false;
        }
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey(jwksUri, header.path("kid").asText()));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static PublicKey publicKey(URI jwksUri, String keyId) throws Exception {
        String body = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(jwksUri).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        for (JsonNode key : JSON.readTree(body).path("keys")) {
            if (keyId.equals(key.path("kid").asText())) {
                return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                        unsigned(key.path("n").asText()), unsigned(key.path("e").asText())));
            }
        }
        throw new GeneralSecurityException("No key " + keyId + " at " + jwksUri);
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }
}
