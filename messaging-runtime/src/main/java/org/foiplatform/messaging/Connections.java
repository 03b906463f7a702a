package org.foiplatform.messaging;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The connection of the caller's transaction. A transaction-aware pool (Agroal under JTA, as in
 * Quarkus) hands out the connection that transaction already holds, so outbox and inbox rows commit, or
 * roll back, with the state change they belong to.
 */
@ApplicationScoped
class Connections {

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Connections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getAutoCommit()) {
                // Outside a transaction the row would commit on its own: a dual write, not an outbox.
                throw new IllegalStateException("Outbox and inbox work must run inside the caller's transaction");
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Outbox/inbox database work failed: " + e.getMessage(), e);
        }
    }
}
