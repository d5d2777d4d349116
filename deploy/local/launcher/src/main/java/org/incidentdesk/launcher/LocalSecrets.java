package org.incidentdesk.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * The secrets of the local stack, made on its first start and kept in its data folder (so that what was
 * encrypted stays readable across restarts). In a real deployment they come from the operator's secret store.
 */
final class LocalSecrets {

    /** The local monitoring source: {@code POST /api/reports/alerts/prometheus}, header {@code Authorization: Secret ...}. */
    static final String ALERT_SOURCE = "prometheus";
    static final String ALERT_SECRET = "local-demo-alert-secret";
    /** As in the Keycloak realm (client notification-service). */
    static final String NOTIFICATION_CLIENT_SECRET = "local-demo-notification-secret";
    static final String POSTMORTEM_CLIENT_SECRET = "local-demo-postmortem-secret";

    private final Path directory;

    LocalSecrets(Path dataDir) {
        this.directory = dataDir.resolve("secrets");
    }

    /** The master keyset that wraps each report's data key (a Tink AES-256-GCM keyset, JSON). */
    String intakeMasterKeyset() {
        return kept("intake-master-keyset.json", () -> {
            try {
                AeadConfig.register();
                return TinkJsonProtoKeysetFormat.serializeKeyset(
                        KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot make the intake master key", e);
            }
        });
    }

    /** The key of intake's keyed hashes of reporters (32 random bytes, base64). */
    String intakeIndexKey() {
        return kept("intake-index-key", () -> {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            return Base64.getEncoder().encodeToString(key);
        });
    }

    private String kept(String name, Supplier<String> make) {
        Path file = directory.resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(directory);
                Files.writeString(file, make.get(), StandardCharsets.UTF_8);
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
