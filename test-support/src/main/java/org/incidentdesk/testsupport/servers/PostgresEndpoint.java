package org.incidentdesk.testsupport.servers;

/** Where a PostgreSQL server of the tests listens, and the superuser to connect as. */
public record PostgresEndpoint(String host, int port, String username, String password) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
