package org.foiplatform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PassingFaultsTest {

    @ParameterizedTest(name = "SQLSTATE {0}: passing {1}")
    @CsvSource({
            "08001, true",  // the connection could not be made
            "08006, true",  // the connection failed
            "57P01, true",  // the server is shutting down
            "57P03, true",  // the server is starting and cannot take connections yet
            "53300, true",  // too many connections
            "23505, false", // a unique key violated: the work itself is wrong
            "22001, false", // a value too long for its column
            "42P01, false" }) // no such table
    void sql_states_that_say_the_database_is_away_pass_and_others_do_not(String state, boolean passing) {
        // Wrapped as Hibernate and the transaction manager wrap it.
        Throwable failure = new IllegalStateException("could not commit",
                new RuntimeException("JDBC", new SQLException("failed", state)));

        assertThat(PassingFaults.isPassing(failure)).isEqualTo(passing);
    }

    @Test
    void the_pool_timing_out_for_a_connection_and_transient_exceptions_pass() {
        assertThat(PassingFaults.isPassing(new SQLException("Acquisition timeout while waiting for new connection")))
                .isTrue();
        assertThat(PassingFaults.isPassing(new SQLTransientConnectionException("gone"))).isTrue();
        assertThat(PassingFaults.isPassing(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void a_failed_commit_whose_database_failure_is_suppressed_not_its_cause_passes() {
        RuntimeException commitFailed = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        commitFailed.addSuppressed(new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("The connection attempt failed.", "08001")));

        assertThat(PassingFaults.isPassing(new RuntimeException("wrapped", commitFailed))).isTrue();
        RuntimeException notPassing = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        notPassing.addSuppressed(new SQLException("value too long", "22001"));
        assertThat(PassingFaults.isPassing(notPassing)).isFalse();
    }
}
