package org.foiplatform.messaging;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.messaging.outbox.Inbox;
import org.foiplatform.messaging.outbox.Outbox;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Removes sent outbox rows and old inbox rows after their configured age, a chunk per transaction, so
 * that neither table grows without limit. Unsent and parked outbox rows are never removed.
 */
@ApplicationScoped
public class Pruning {

    private static final Logger LOG = Logger.getLogger(Pruning.class);

    private final Connections connections;
    private final Clock clock;
    private final MessagingConfig config;

    Pruning(Connections connections, Clock clock, MessagingConfig config) {
        this.connections = connections;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${foi.messaging.prune.interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        prune();
    }

    /** Returns how many outbox and inbox rows were removed, in that order. */
    public int[] prune() {
        Instant now = clock.instant();
        Instant sentBefore = now.minus(config.prune().sentEventsAfter());
        Instant processedBefore = now.minus(config.prune().processedEventsAfter());
        int chunk = config.prune().chunk();
        int outboxRows = 0;
        int inboxRows = 0;
        int removed;
        do {
            removed = QuarkusTransaction.requiringNew()
                    .call(() -> connections.inTransaction(c -> Outbox.pruneSent(c, sentBefore, chunk)));
            outboxRows += removed;
        } while (removed == chunk);
        do {
            removed = QuarkusTransaction.requiringNew()
                    .call(() -> connections.inTransaction(c -> Inbox.prune(c, processedBefore, chunk)));
            inboxRows += removed;
        } while (removed == chunk);
        if (outboxRows + inboxRows > 0) {
            LOG.infof("Pruned %d sent outbox rows (sent before %s) and %d inbox rows (handled before %s)", outboxRows,
                    sentBefore, inboxRows, processedBefore);
        }
        return new int[] { outboxRows, inboxRows };
    }
}
