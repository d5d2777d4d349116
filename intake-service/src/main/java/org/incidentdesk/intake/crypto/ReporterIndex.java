package org.incidentdesk.intake.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.incidentdesk.intake.config.IntakeConfig;

/**
 * Keyed hashes (HMAC-SHA-256) of identities: they let intake find a reporter's reports, or count their reports
 * for quotas, without storing who they are. Without the key, a hash cannot be tested against a guessed name.
 */
@ApplicationScoped
public class ReporterIndex {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;
    private final SecretKeySpec key;

    public ReporterIndex(IntakeConfig config) {
        byte[] bytes = Base64.getDecoder().decode(config.encryption().indexKey());
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("incident-desk.intake.encryption.index-key needs at least "
                    + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The index of a reporter, from their user name or else their email address (case does not matter). */
    public String of(String username, String email) {
        return username != null ? hash("user:" + username.strip().toLowerCase(Locale.ROOT))
                : email != null ? hash("email:" + email.strip().toLowerCase(Locale.ROOT)) : null;
    }

    /** A keyed hash of anything else that must be counted but not stored, e.g. a client address. */
    public String hash(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from the JVM", e);
        }
    }
}
