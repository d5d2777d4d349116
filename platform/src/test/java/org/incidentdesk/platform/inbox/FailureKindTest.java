package org.incidentdesk.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class FailureKindTest {

    @Test
    void connectionLossesTimeoutsAndConflictsPassByThemselves() {
        assertThat(FailureKind.saysItIsTransient(new PersistenceException(new SQLTransientConnectionException("gone"))))
                .isTrue();
        assertThat(FailureKind.saysItIsTransient(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(FailureKind.saysItIsTransient(new SQLException("serialization failure", "40001"))).isTrue();
        assertThat(FailureKind.saysItIsTransient(new SQLException("shutting down", "57P01"))).isTrue();
    }

    @Test
    void aValueTheDatabaseRefusesComesBackOnEveryAttempt() {
        assertThat(FailureKind.saysItIsTransient(new PersistenceException(new SQLException("too long", "22001"))))
                .isFalse();
        assertThat(FailureKind.saysItIsTransient(new SQLException("unique violation", "23505"))).isFalse();
        assertThat(FailureKind.saysItIsTransient(new IllegalStateException("a bug"))).isFalse();
    }
}
