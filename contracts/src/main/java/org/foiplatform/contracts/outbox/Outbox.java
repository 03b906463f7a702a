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

    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

    /** Publishes one event and returns only once the broker has acknowledged it; throws otherwise. */
    @FunctionalInterface
    public interface Publisher {
        void publish(PendingEvent event) throws Exception;
    }

    /** What one relay pass did: how many were sent, how many parked and, if it stopped early, why. */
    public record RelayResult(int sent, int parked, PendingEvent failedOn, Exception failure) {
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
     * sent after the broker's acknowledgement. A passing failure (the broker unreachable) stops the pass,
     * so that with one relay per service no event overtakes an earlier one; it is tried again next pass.
     * A failure the broker will never get over (a record too large, say) parks that row with its reason
     * and the pass goes on, so one bad event cannot stop the service's publishing. Rows are locked with
     * {@code skip locked} so two relays never send the same row; order across two relays is not kept.
     */
    public RelayResult relay(Connection connection, int batchSize, Publisher publisher, Instant now)
            throws SQLException {
        List<PendingEvent> pending = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, event_id, topic, message_key, event_type, message from outbox_event "
                        + "where sent_at is null and parked_at is null order by id limit ? for update skip locked")) {
            select.setInt(1, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pending.add(new PendingEvent(rows.getLong(1), rows.getObject(2, UUID.class),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)));
                }
            }
        }
        int sent = 0;
        int parked = 0;
        try (PreparedStatement markSent = connection.prepareStatement(
                "update outbox_event set sent_at = ? where id = ?");
                PreparedStatement park = connection.prepareStatement(
                        "update outbox_event set parked_at = ?, last_error = ? where id = ?")) {
            for (PendingEvent event : pending) {
                try {
                    publisher.publish(event);
                } catch (Exception e) {
                    if (!isPermanent(e)) {
                        return new RelayResult(sent, parked, event, e);
                    }
                    park.setTimestamp(1, Timestamp.from(now));
                    park.setString(2, String.valueOf(e));
                    park.setLong(3, event.id());
                    park.executeUpdate();
                    parked++;
                    LOG.log(System.Logger.Level.ERROR, "Parked outbox event {0} ({1} for {2}): the broker refuses it for"
                            + " good: {3}", event.eventId(), event.type(), event.key(), e);
                    continue;
                }
                markSent.setTimestamp(1, Timestamp.from(now));
                markSent.setLong(2, event.id());
                markSent.executeUpdate();
                sent++;
            }
        }
        return new RelayResult(sent, parked, null, null);
    }

    /**
     * A Kafka error that is not one of Kafka's retriable ones (such as a record too large) will fail
     * the same way every time. Anything else, including the broker being unreachable, may pass. Read by
     * class name so that this module needs no Kafka dependency.
     */
    static boolean isPermanent(Throwable failure) {
        boolean kafkaError = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (isA(t.getClass(), "org.apache.kafka.common.errors.RetriableException")) {
                return false;
            }
            kafkaError |= isA(t.getClass(), "org.apache.kafka.common.KafkaException");
        }
        return kafkaError;
    }

    private static boolean isA(Class<?> type, String className) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }
}
