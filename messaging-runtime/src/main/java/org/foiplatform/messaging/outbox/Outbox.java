package org.foiplatform.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.EventParked;

/**
 * The transactional outbox over plain JDBC. {@link #append} must run on the connection of the
 * transaction that changes the state the event describes: both commit or neither does. The
 * {@code outbox_event} table comes from this module's Flyway migration {@code db/messaging}, which every
 * service lists in its locations. Framework-free, so that it is tested on its own against PostgreSQL.
 */
public final class Outbox {

    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

    /**
     * Hands events to the broker. {@link #send} returns at once with a future completed by the broker's
     * acknowledgement; {@link #flush} makes every record handed over so far leave now rather than linger.
     */
    public interface Publisher {
        CompletableFuture<?> send(PendingEvent event);

        default void flush() {
        }
    }

    /**
     * What one relay pass did: how many rows it took, sent and parked and, if it stopped early on a
     * passing failure, where and why.
     */
    public record RelayResult(int taken, int sent, int parked, PendingEvent failedOn, Throwable failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    private final EventCodec codec;
    private final int maxEventBytes;
    private final String service;

    /**
     * {@code maxEventBytes}: the largest message {@link #append} accepts; the broker's own limit is 1 MB.
     * {@code service}: the service whose outbox this is, named in the {@link EventParked} notice of a parked event.
     */
    public Outbox(EventCodec codec, int maxEventBytes, String service) {
        this.codec = codec;
        this.maxEventBytes = maxEventBytes;
        this.service = service;
    }

    /**
     * Appends {@code event}, addressed to {@code topic}. An event larger than the limit is refused here, so
     * that the transaction that made it rolls back and the caller hears of it, rather than the broker
     * refusing it later when nobody is waiting.
     */
    public void append(Connection connection, String topic, EventEnvelope event) throws SQLException {
        String message = codec.write(event);
        int bytes = message.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxEventBytes) {
            throw new EventTooLargeException(event, bytes, maxEventBytes);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into outbox_event (event_id, topic, message_key, event_type, correlation_id, message, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, event.eventId());
            insert.setString(2, topic);
            insert.setString(3, event.reference());
            insert.setString(4, event.type());
            insert.setObject(5, event.correlationId());
            insert.setString(6, message);
            insert.setTimestamp(7, Timestamp.from(event.occurredAt()));
            insert.executeUpdate();
        }
    }

    /**
     * Publishes up to {@code batchSize} unsent events, oldest first, each to the topic stored with it. The
     * whole batch is handed to the producer at once, which pipelines it, and the acknowledgements are
     * awaited together; a row is marked sent only after the broker has acknowledged it.
     * <ul>
     * <li>A passing failure (the broker unreachable) stops the pass at that row: rows before it that were
     * acknowledged are marked sent; it and every later row stay unsent and are tried again next pass, so no
     * event overtakes an earlier one for long. A later row the broker had already taken is then sent again
     * with the same event id, which the consumers' inbox skips: publication is at least once.</li>
     * <li>A failure the broker will never get over (a record too large, say) parks that row with its reason
     * and the pass goes on, so one bad event cannot stop the service's publishing. In the same transaction an
     * {@link EventParked} notice about it is appended (on {@code foi.operations.v1}, keyed by the same
     * reference), so that the case's timeline says what was not published: never only a log line.</li>
     * </ul>
     * Rows are locked with {@code skip locked}, so two relays never send the same row.
     */
    public RelayResult relay(Connection connection, int batchSize, Publisher publisher, Instant now,
            Duration ackTimeout) throws SQLException {
        List<PendingEvent> pending = pending(connection, batchSize);
        if (pending.isEmpty()) {
            return new RelayResult(0, 0, 0, null, null);
        }
        List<CompletableFuture<?>> acks = new ArrayList<>(pending.size());
        for (PendingEvent event : pending) {
            CompletableFuture<?> ack;
            try {
                ack = publisher.send(event);
            } catch (RuntimeException e) {
                ack = CompletableFuture.failedFuture(e);
            }
            acks.add(ack);
            if (ack.isCompletedExceptionally() && !isPermanent(failureOf(ack, Duration.ZERO))) {
                // The producer could not even take the record (no metadata in max.block.ms): the broker is
                // away, and handing over the rest would only make each of them wait as long.
                break;
            }
        }
        publisher.flush();

        List<Long> sent = new ArrayList<>(acks.size());
        int parked = 0;
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int i = 0; i < acks.size(); i++) {
            PendingEvent event = pending.get(i);
            Throwable failure = failureOf(acks.get(i), Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (failure == null) {
                sent.add(event.id());
            } else if (isPermanent(failure)) {
                park(connection, event, failure, now);
                noticeParked(connection, event, failure, now);
                parked++;
                LOG.log(System.Logger.Level.ERROR, "Parked outbox event {0} ({1} for {2}): the broker refuses it for"
                        + " good: {3}", event.eventId(), event.type(), event.key(), failure);
            } else {
                markSent(connection, sent, now);
                return new RelayResult(pending.size(), sent.size(), parked, event, failure);
            }
        }
        markSent(connection, sent, now);
        return new RelayResult(pending.size(), sent.size(), parked, null, null);
    }

    private static List<PendingEvent> pending(Connection connection, int batchSize) throws SQLException {
        List<PendingEvent> pending = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, event_id, topic, message_key, event_type, message, correlation_id from outbox_event "
                        + "where sent_at is null and parked_at is null order by id limit ? for update skip locked")) {
            select.setInt(1, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pending.add(new PendingEvent(rows.getLong(1), rows.getObject(2, java.util.UUID.class),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getObject(7, java.util.UUID.class)));
                }
            }
        }
        return pending;
    }

    private static void markSent(Connection connection, List<Long> ids, Instant now) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set sent_at = ? where id = any (?)")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
            update.executeUpdate();
        }
    }

    private static void park(Connection connection, PendingEvent event, Throwable failure, Instant now)
            throws SQLException {
        try (PreparedStatement park = connection.prepareStatement(
                "update outbox_event set parked_at = ?, last_error = ? where id = ?")) {
            park.setTimestamp(1, Timestamp.from(now));
            park.setString(2, String.valueOf(failure));
            park.setLong(3, event.id());
            park.executeUpdate();
        }
    }

    /**
     * Appends the notice that {@code event} was parked, unless it is itself such a notice (a notice the broker
     * refuses would otherwise make another, for ever); the admin's list and the metric still show that one.
     */
    private void noticeParked(Connection connection, PendingEvent event, Throwable failure, Instant now)
            throws SQLException {
        if (EventType.EVENT_PARKED.wireName().equals(event.type())) {
            return;
        }
        String reason = String.valueOf(failure);
        if (reason.length() > EventParked.MAX_REASON) {
            reason = reason.substring(0, EventParked.MAX_REASON - 3) + "...";
        }
        EventParked notice = new EventParked(event.key(), service, event.eventId(), event.type(), event.topic(), reason,
                now);
        append(connection, Topics.OPERATIONS,
                codec.wrap(EventType.EVENT_PARKED, event.key(), notice, now, event.correlationId(), event.eventId()));
    }

    /** The failure of {@code ack}, null if it succeeded; a timeout counts as a passing failure. */
    private static Throwable failureOf(CompletableFuture<?> ack, Duration wait) {
        try {
            if (wait.isZero() && !ack.isDone()) {
                return null;
            }
            ack.get(wait.toNanos(), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() != null ? e.getCause() : e;
        } catch (TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    /**
     * Deletes rows sent before {@code sentBefore}, at most {@code limit} of them; returns how many. Parked and
     * unsent rows are never pruned.
     */
    public static int pruneSent(Connection connection, Instant sentBefore, int limit) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from outbox_event where id in (select id from outbox_event where sent_at < ? limit ?)")) {
            delete.setTimestamp(1, Timestamp.from(sentBefore));
            delete.setInt(2, limit);
            return delete.executeUpdate();
        }
    }

    /**
     * A Kafka error that is not one of Kafka's retriable ones (such as a record too large) will fail the
     * same way every time. Anything else, including the broker being unreachable, may pass.
     */
    static boolean isPermanent(Throwable failure) {
        boolean kafkaError = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.RetriableException) {
                return false;
            }
            kafkaError |= t instanceof org.apache.kafka.common.KafkaException;
        }
        return kafkaError;
    }

    /** An event larger than the outbox accepts: the transaction that made it must not commit. */
    public static final class EventTooLargeException extends IllegalArgumentException {
        public EventTooLargeException(EventEnvelope event, int bytes, int limit) {
            super("Event " + event.type() + " for " + event.reference() + " is " + bytes + " bytes; the limit is "
                    + limit);
        }
    }
}
