package org.incidentdesk.intake.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import org.incidentdesk.intake.config.IntakeConfig;
import org.incidentdesk.intake.domain.ConfidentialContent;
import org.incidentdesk.intake.repository.ReportKeyRepository;
import org.incidentdesk.platform.json.StoredJson;

/**
 * Envelope encryption of a report's confidential content with Tink AEAD (AES-256-GCM): each report has its own
 * data key, stored wrapped by the master key; the ciphertext is bound to the report's id as associated data,
 * so it cannot be moved to another row. Destroying a report's key makes every copy of its content unreadable.
 */
@ApplicationScoped
public class PersonalDataVault {

    private final Aead masterKey;
    private final ReportKeyRepository keys;
    private final ObjectMapper json;
    private final Clock clock;

    public PersonalDataVault(IntakeConfig config, ReportKeyRepository keys, Clock clock)
            throws GeneralSecurityException {
        AeadConfig.register();
        this.masterKey = TinkJsonProtoKeysetFormat
                .parseKeyset(config.encryption().masterKeyset(), InsecureSecretKeyAccess.get())
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
        this.keys = keys;
        this.json = StoredJson.mapper(); // sealed content is read back as stored, whatever its characters
        this.clock = clock;
    }

    /** Encrypts the content of report {@code reportId} under a new key of its own; returns the key's id. */
    public Sealed seal(UUID reportId, ConfidentialContent content) {
        try {
            KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            UUID keyId = UUID.randomUUID();
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, masterKey, boundTo(keyId));
            keys.store(keyId, wrapped, Instant.now(clock));
            byte[] ciphertext = aead(dataKey).encrypt(json.writeValueAsBytes(content), boundTo(reportId));
            return new Sealed(keyId, ciphertext);
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot encrypt a report's content", e);
        }
    }

    /** The content of report {@code reportId}, or empty when its key was destroyed. */
    public Optional<ConfidentialContent> open(UUID reportId, UUID keyId, byte[] ciphertext) {
        if (keyId == null || ciphertext == null) {
            return Optional.empty();
        }
        return keys.find(keyId).map(wrapped -> {
            try {
                KeysetHandle dataKey = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, masterKey, boundTo(keyId));
                byte[] plaintext = aead(dataKey).decrypt(ciphertext, boundTo(reportId));
                return json.readValue(plaintext, ConfidentialContent.class);
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("Cannot decrypt the content of report " + reportId, e);
            }
        });
    }

    /** Destroys the key: whatever it encrypted, wherever a copy is, can no longer be read. */
    public void destroy(UUID keyId) {
        keys.delete(keyId);
    }

    private static Aead aead(KeysetHandle dataKey) throws GeneralSecurityException {
        return dataKey.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private static byte[] boundTo(UUID id) {
        return ("incident-desk:" + id).getBytes(StandardCharsets.UTF_8);
    }

    /** A report's content, encrypted, and the id of the key it needs. */
    public record Sealed(UUID keyId, byte[] ciphertext) {
    }
}
