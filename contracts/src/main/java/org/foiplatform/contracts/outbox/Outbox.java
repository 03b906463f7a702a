package org.foiplatform.contracts.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;

/**
 * The transactional outbox over plain JDBC, so that every producing service uses the same code with
 * its own database. {@link #append} must run on the connection of the transaction that changes the
 * state the event describes: both commit or neither does. The {@code outbox_event} table comes from
 * this module's Flyway migration {@code db/messaging}, which every service lists in its locations.
 */
public final class Outbox {

    /** Publishes one event and returns only once the broker has acknowledged it; throws otherwise. */
    @FunctionalInterface
    public interface Publisher {
        void publish(PendingEvent event) throws Exception;
    }

    /** What one relay pass did: how many were sent and, if it stopped early, why. */
    public record RelayResult(int sent, PendingEvent failedOn, Exception failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    private final EventCodec codec;

    public Outbox(EventCodec codec) {
        this.codec = codec;
    }

    /**
     * Wraps {@code payload} as an event of {@code type} about {@code reference} and appends it.
     * {@code cause} is the event being handled, if any: the new event keeps its correlation.
     */
    public EventEnvelope record(Connection connection, EventType type, String reference, Record payload,
            Instant occurredAt, EventEnvelope cause) throws SQLException {
        return cause == null
                ? record(connection, type, reference, payload, occurredAt, null, null)
                : record(connection, type, reference, payload, occurredAt, cause.correlationId(), cause.eventId());
    }

    /**
     * As above, for an event with no causing event. A null {@code correlationId} takes the correlation of
     * the earliest event this service recorded about the reference, so that an officer's action stays
     * tied to the request it is about; if there is none, the event starts a new correlation.
     */
    public EventEnvelope record(Connection connection, EventType type, String reference, Record payload,
            Instant occurredAt, UUID correlationId, UUID causationId) throws SQLException {
        UUID correlation = correlationId != null ? correlationId : firstCorrelation(connection, reference);
        EventEnvelope event = codec.wrap(type, reference, payload, occurredAt, correlation, causationId);
        append(connection, type.topic(), event);
        return event;
    }

    private static UUID firstCorrelation(Connection connection, String reference) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select correlation_id from outbox_event where message_key = ? order by id limit 1")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getObject(1, UUID.class) : null;
            }
        }
    }

    public void append(Connection connection, String topic, EventEnvelope event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into outbox_event (event_id, topic, message_key, event_type, correlation_id, message, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, event.eventId());
            insert.setString(2, topic);
            insert.setString(3, event.reference());
            insert.setString(4, event.type());
            insert.setObject(5, event.correlationId());
            insert.setString(6, codec.write(event));
            insert.setTimestamp(7, Timestamp.from(event.occurredAt()));
            insert.executeUpdate();
        }
    }

    /**
     * Publishes up to {@code batchSize} unsent events in the order they were written and marks each
     * sent after the broker's acknowledgement. It stops at the first failure so that no event
     * overtakes an earlier one for the same reference; the failed one is tried again next pass.
     * Rows are locked with {@code skip locked} so two relays never send the same row at once.
     */
    public RelayResult relay(Connection connection, int batchSize, Publisher publisher, Instant now)
            throws SQLException {
        List<PendingEvent> pending = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, event_id, topic, message_key, event_type, message from outbox_event "
                        + "where sent_at is null order by id limit ? for update skip locked")) {
            select.setInt(1, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pending.add(new PendingEvent(rows.getLong(1), rows.getObject(2, UUID.class),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)));
                }
            }
        }
        int sent = 0;
        try (PreparedStatement markSent = connection.prepareStatement(
                "update outbox_event set sent_at = ? where id = ?")) {
            for (PendingEvent event : pending) {
                try {
                    publisher.publish(event);
                } catch (Exception e) {
                    return new RelayResult(sent, event, e);
                }
                markSent.setTimestamp(1, Timestamp.from(now));
                markSent.setLong(2, event.id());
                markSent.executeUpdate();
                sent++;
            }
        }
        return new RelayResult(sent, null, null);
    }
}
