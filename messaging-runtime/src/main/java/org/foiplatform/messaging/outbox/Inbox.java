package org.foiplatform.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The idempotent-consumer record: a row per (consumer, event id), inserted in the transaction that
 * handles the event. A second delivery of the same event finds the row and is skipped; if the
 * handling rolls back, the row goes with it and the redelivery is handled afresh.
 */
public final class Inbox {

    private Inbox() {
    }

    /** Records the event as handled by {@code consumer}; false if it already was (a duplicate delivery). */
    public static boolean firstDelivery(Connection connection, String consumer, UUID eventId, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into processed_event (consumer, event_id, processed_at) values (?, ?, ?) "
                        + "on conflict (consumer, event_id) do nothing")) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            insert.setTimestamp(3, Timestamp.from(now));
            return insert.executeUpdate() == 1;
        }
    }

    /**
     * Deletes the records of events handled before {@code processedBefore}, at most {@code limit}; returns how
     * many. A redelivery of such an old event would be handled again, so the age must be longer than any
     * topic keeps its messages.
     */
    public static int prune(Connection connection, Instant processedBefore, int limit) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from processed_event where ctid in "
                        + "(select ctid from processed_event where processed_at < ? limit ?)")) {
            delete.setTimestamp(1, Timestamp.from(processedBefore));
            delete.setInt(2, limit);
            return delete.executeUpdate();
        }
    }
}
