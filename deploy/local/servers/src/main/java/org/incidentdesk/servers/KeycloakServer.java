package org.incidentdesk.servers;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A real Keycloak ({@code kc.sh start-dev}) on loopback, unpacked from the distribution zip of
 * {@code runtime-keycloak} into its data folder on first use, with one realm imported from a JSON file.
 * <p>
 * The data folder holds {@code keycloak-<version>/} (the distribution, whose {@code data/} keeps the dev database
 * between starts) and the output {@code keycloak.log}. The realm file is copied to
 * {@code keycloak-<version>/data/import/} on every start; Keycloak imports it when the realm does not exist yet.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /** Unpacking and the first start (which builds the server) take a while on two cores. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final ChildProcess process;
    private final URI baseUrl;

    private KeycloakServer(ChildProcess process, URI baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts Keycloak and returns once the realm's discovery document is served.
     *
     * @param dataDir   folder for the distribution, its database and the log; null for a temporary one (which
     *                  means unpacking ~160 MB on every start)
     * @param port      HTTP port; 0 for a free one
     * @param realmJson a realm export, e.g. {@code {"realm": "incident-desk", "enabled": true, ...}}
     */
    public static KeycloakServer start(Path dataDir, int port, Path realmJson) {
        String realm = realmName(realmJson);
        return ServerDirectory.startIn(dataDir, "keycloak", directory -> {
            Path home = KeycloakDistribution.installedIn(directory.path());
            copyForImport(realmJson, realm, home);
            int httpPort = Loopback.portOrFree(port);
            URI baseUrl = URI.create("http://" + Loopback.HOST + ":" + httpPort);
            ChildProcess process = ChildProcess.builder("Keycloak")
                    .command(home.resolve("bin/kc.sh").toString(), "start-dev",
                            "--http-host=" + Loopback.HOST,
                            "--http-port=" + httpPort,
                            "--http-management-port=" + Loopback.freePort(),
                            "--hostname-strict=false",
                            "--import-realm")
                    .directory(home)
                    .environment("JAVA_HOME", System.getProperty("java.home"))
                    .environment("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME)
                    .environment("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD)
                    .logFile(directory.resolve("keycloak.log"))
                    .onClose(directory::close)
                    .start();
            process.awaitHttpOk(URI.create(issuerUrl(baseUrl, realm) + "/.well-known/openid-configuration"),
                    START_TIMEOUT);
            return new KeycloakServer(process, baseUrl);
        });
    }

    /** e.g. {@code http://127.0.0.1:8180} */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The issuer of {@code realm}, e.g. {@code http://127.0.0.1:8180/realms/incident-desk}. */
    public URI issuerUrl(String realm) {
        return issuerUrl(baseUrl, realm);
    }

    /** The admin console (master realm); log in with {@link #ADMIN_USERNAME} / {@link #ADMIN_PASSWORD}. */
    public URI adminUrl() {
        return URI.create(baseUrl + "/admin/master/console/");
    }

    /** Stops Keycloak (and deletes a temporary data folder). */
    @Override
    public void close() {
        process.close();
    }

    private static URI issuerUrl(URI baseUrl, String realm) {
        return URI.create(baseUrl + "/realms/" + realm);
    }

    private static String realmName(Path realmJson) {
        try {
            String realm = new ObjectMapper().readTree(realmJson.toFile()).path("realm").asText("");
            if (realm.isBlank()) {
                throw new IllegalArgumentException(realmJson + " names no realm (field \"realm\")");
            }
            return realm;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the realm file " + realmJson, e);
        }
    }

    private static void copyForImport(Path realmJson, String realm, Path home) {
        Path importFolder = home.resolve("data/import");
        try {
            Files.createDirectories(importFolder);
            Files.copy(realmJson, importFolder.resolve(realm + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + realmJson + " to " + importFolder, e);
        }
    }
}
