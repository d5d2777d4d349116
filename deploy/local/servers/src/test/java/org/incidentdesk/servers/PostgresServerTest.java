package org.incidentdesk.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresServerTest {

    @Test
    void createsDatabasesAndAnswersQueries() throws SQLException {
        try (PostgresServer postgres = PostgresServer.start(null, 0)) {
            postgres.createDatabaseIfMissing("incidents");
            postgres.createDatabaseIfMissing("incidents"); // idempotent

            try (Connection connection = connect(postgres, "incidents");
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT current_database(), version()")) {
                assertTrue(result.next());
                assertEquals("incidents", result.getString(1));
                assertTrue(result.getString(2).startsWith("PostgreSQL 17"), result.getString(2));
            }
        }
    }

    @Test
    void keepsDataOfAGivenFolderAcrossRestarts(@TempDir Path folder) throws SQLException {
        Path dataDir = folder.resolve("postgres");
        try (PostgresServer postgres = PostgresServer.start(dataDir, 0)) {
            postgres.createDatabaseIfMissing("cases");
            execute(postgres, "cases", "CREATE TABLE note (text varchar(100))");
            execute(postgres, "cases", "INSERT INTO note VALUES ('kept')");
        }
        try (PostgresServer postgres = PostgresServer.start(dataDir, 0);
             Connection connection = connect(postgres, "cases");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT text FROM note")) {
            assertTrue(result.next());
            assertEquals("kept", result.getString(1));
        }
        assertTrue(Files.exists(dataDir.resolve("postgres.log")));
    }

    private static Connection connect(PostgresServer postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }

    private static void execute(PostgresServer postgres, String database, String sql) throws SQLException {
        try (Connection connection = connect(postgres, database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
