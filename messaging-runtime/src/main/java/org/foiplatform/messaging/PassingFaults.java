package org.foiplatform.messaging;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;

/**
 * Failures that say nothing about the work being done, only that something it needs is away for now: the
 * database cannot be reached, is shutting down or starting, or has no connection to spare. The work should be
 * tried again when the fault has passed, never given up as bad. Recognised by the JDBC standard's SQLSTATE
 * classes (08 connection exception, 53 insufficient resources, 57P operator intervention), the transient
 * exception types, and the pool's timeout while waiting for a connection. Framework-free.
 */
public final class PassingFaults {

    private PassingFaults() {
    }

    public static boolean isPassing(Throwable failure) {
        return isPassing(failure, 0);
    }

    /**
     * Looks down the causes and also into suppressed exceptions: a transaction manager's "could not commit"
     * carries the database's own failure there, not as its cause.
     */
    private static boolean isPassing(Throwable t, int depth) {
        if (t == null || depth > 30) {
            return false;
        }
        if (t instanceof SQLTransientException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"))) {
                return true;
            }
            String message = sql.getMessage();
            if (message != null && message.contains("Acquisition timeout")) {
                return true; // Agroal: no connection came free in time
            }
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isPassing(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && isPassing(t.getCause(), depth + 1);
    }
}
