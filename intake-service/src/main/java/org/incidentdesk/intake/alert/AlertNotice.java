package org.incidentdesk.intake.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** One alert of a monitoring webhook, whatever its format. */
public record AlertNotice(boolean firing, Map<String, String> labels, Map<String, String> annotations,
        Instant startsAt, Instant endsAt, String generatorUrl, String fingerprint) {

    public AlertNotice {
        labels = labels == null ? Map.of() : labels;
        annotations = annotations == null ? Map.of() : annotations;
    }

    public String name() {
        return labels.getOrDefault("alertname", "Unnamed alert");
    }

    public String label(String name) {
        return labels.get(name);
    }

    public String annotation(String name) {
        return annotations.get(name);
    }

    /** The source's own fingerprint, or one made from the labels (they identify an alert in both formats). */
    public String identity() {
        if (fingerprint != null && !fingerprint.isBlank()) {
            return fingerprint;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(new TreeMap<>(labels).toString().getBytes(StandardCharsets.UTF_8));
            return "labels:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
