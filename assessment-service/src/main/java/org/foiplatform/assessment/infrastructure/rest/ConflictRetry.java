package org.foiplatform.assessment.infrastructure.rest;

import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;

/**
 * Runs an officer's action again when the case changed under it: the platform's own events (an email sent, a
 * letter issued, a reminder) add to a case's timeline at any moment, and an officer should not be told to reload
 * because of them. Each attempt is a whole use case in a transaction of its own, which loads the case afresh and
 * checks the action against it again: a real clash with another officer still ends as a 409 (the status no longer
 * allows it), and after the attempts allowed the conflict is answered as before.
 */
final class ConflictRetry {

    private static final int ATTEMPTS = 3;

    private ConflictRetry() {
    }

    static <T> T call(Supplier<T> action) {
        for (int attempt = 1;; attempt++) {
            try {
                return action.get();
            } catch (OptimisticLockException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
