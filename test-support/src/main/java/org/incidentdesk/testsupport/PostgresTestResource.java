package org.incidentdesk.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.incidentdesk.servers.PostgresDatabases;
import org.incidentdesk.testsupport.servers.PostgresEndpoint;
import org.incidentdesk.testsupport.servers.TestServers;

import java.util.Map;

/**
 * Points the default datasource at a database on the PostgreSQL server of this test JVM, creating it if needed.
 * <p>
 * It does not set {@code quarkus.datasource.db-kind}: that is fixed at build time, and Quarkus refuses to start an
 * application (e.g. one started for a test profile) whose test resources change it. The service's
 * application.properties names {@code postgresql}, or Quarkus infers it from the one JDBC driver extension.
 * <p>
 * Init arg {@value #DATABASE}: the database name (default {@value #DEFAULT_DATABASE}), e.g.
 * {@code @WithTestResource(value = PostgresTestResource.class,
 * initArgs = @ResourceArg(name = "database", value = "cases"))}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "database";
    public static final String DEFAULT_DATABASE = "incident_desk";

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        PostgresEndpoint postgres = TestServers.forThisJvm().postgres();
        PostgresDatabases.createIfMissing(postgres.jdbcUrl("postgres"), postgres.username(), postgres.password(),
                database);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    /** The server is shared by all tests of the JVM and stops when the JVM exits. */
    @Override
    public void stop() {
    }
}
