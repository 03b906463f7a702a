package org.foiplatform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Wakes a {@link BackgroundWorker} once the current transaction has committed: the work it made is
 * then visible to the worker's own transaction. Registered once per transaction and worker, however
 * many rows the transaction writes; nothing happens on a rollback. Outside a transaction it wakes at once.
 */
@ApplicationScoped
public class AfterCommit {

    private final TransactionSynchronizationRegistry registry;

    public AfterCommit(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    public void wake(BackgroundWorker worker) {
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            worker.wake();
            return;
        }
        if (registry.getResource(worker) != null) {
            return;
        }
        registry.putResource(worker, Boolean.TRUE);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    worker.wake();
                }
            }
        });
    }
}
