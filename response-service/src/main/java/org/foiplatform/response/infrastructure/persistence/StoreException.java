package org.foiplatform.response.infrastructure.persistence;

import java.sql.SQLException;

/** The database refused or could not be reached; the cause says which (a passing fault is retried, or 503). */
public final class StoreException extends RuntimeException {
    StoreException(String message, Exception cause) {
        super(message, cause);
    }
}
