package org.foiplatform.contracts.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventType;

/**
 * A service's outbox and inbox over its own database. Every method must be called inside the
 * caller's transaction: a transaction-aware pool (Agroal under JTA, as in Quarkus) hands out the
 * connection that transaction already holds, so the event row commits, or rolls back, with the state
 * change it describes. This is the one implementation of the reliable-messaging rules; services only
 * wire it up.
 */
public final class TransactionalMessaging implements EventRecorder, Inbox {

    private static final System.Logger LOG = System.getLogger(TransactionalMessaging.class.getName());

    private final DataSource dataSource;
    private final Outbox outbox;
    private final Clock clock;

    public TransactionalMessaging(DataSource dataSource, EventCodec codec, Clock clock) {
        this.dataSource = dataSource;
        this.outbox = new Outbox(codec);
        this.clock = clock;
    }

    @Override
    public void record(EventType type, String reference, Record payload, UUID correlationId, UUID causationId) {
        inTransaction(c -> outbox.record(c, type, reference, payload, clock.instant(), correlationId, causationId));
    }

    @Override
    public boolean firstDelivery(String consumer, UUID eventId) {
        return inTransaction(c -> ProcessedEvents.firstDelivery(c, consumer, eventId, clock.instant()));
    }

    /**
     * One relay pass (see {@link Outbox#relay}), in the caller's transaction. A failure is logged and
     * the unsent events wait for the next pass.
     */
    public Outbox.RelayResult relayPending(int batchSize, Outbox.Publisher publisher) {
        Outbox.RelayResult result = inTransaction(c -> outbox.relay(c, batchSize, publisher, clock.instant()));
        if (result.failed()) {
            LOG.log(System.Logger.Level.WARNING, "Outbox relay stopped at {0} event {1} after {2} sent; will retry: {3}",
                    result.failedOn().key(), result.failedOn().eventId(), result.sent(), result.failure().getMessage());
        }
        return result;
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getAutoCommit()) {
                // Outside a transaction the event would commit on its own: a dual write, not an outbox.
                throw new IllegalStateException("Outbox and inbox work must run inside the caller's transaction");
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Outbox/inbox database work failed: " + e.getMessage(), e);
        }
    }
}
