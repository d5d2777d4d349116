package org.incidentdesk.platform.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a failure of the infrastructure (the database unreachable or restarting, a lock or query timeout, a
 * concurrent change), which passes by itself, from a failure of the event's own (a value the database refuses, a
 * bug), which comes back on every attempt. When the failure itself does not say, the database is asked: a failure
 * while it does not answer is the infrastructure's.
 */
@ApplicationScoped
public class FailureKind {

    /** SQLSTATE classes: 08 connection exception, 40 transaction rollback, 53 insufficient resources, 57 operator intervention. */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57");
    private static final int MAX_CAUSES = 20;
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final DataSource database;

    public FailureKind(DataSource database) {
        this.database = database;
    }

    public boolean isTransient(Throwable failure) {
        return saysItIsTransient(failure) || !databaseAnswers();
    }

    static boolean saysItIsTransient(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof LockTimeoutException || cause instanceof PessimisticLockException
                    || cause instanceof OptimisticLockException || cause instanceof QueryTimeoutException
                    || cause instanceof JDBCConnectionException || cause instanceof LockAcquisitionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && TRANSIENT_SQL_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    private boolean databaseAnswers() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
