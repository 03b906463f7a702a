package org.foiplatform.notification.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.notification.application.MessageStore;
import org.foiplatform.notification.domain.MessageStatus;
import org.foiplatform.notification.domain.OutgoingMessage;
import org.foiplatform.notification.domain.Recipient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Outgoing messages over plain JDBC, on the connection of the caller's transaction (the pool enlists it): each
 * statement runs at once, inside the handling or the send, so a write that cannot be made fails it there and then.
 * The model is a jsonb column of strings.
 */
@ApplicationScoped
public class JdbcMessageStore implements MessageStore {

    private static final String COLUMNS = "id, reference, kind, model, idempotency_key, created_at, give_up_at,"
            + " correlation_id, causation_id, status, attempts, last_error, next_attempt_at, sent_at, failed_at, recipient";
    private static final TypeReference<Map<String, String>> MODEL = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper json = new ObjectMapper();

    public JdbcMessageStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean addUnlessRecorded(OutgoingMessage message) {
        // The unique index on the idempotency key decides: a second message for the same event, recipient and
        // kind is not stored, also when two transactions race.
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into outgoing_message (" + COLUMNS + ") values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (idempotency_key) do nothing")) {
            insert.setObject(1, message.id());
            insert.setString(2, message.reference());
            insert.setString(3, message.kind());
            insert.setString(4, json.writeValueAsString(message.model()));
            insert.setString(5, message.idempotencyKey());
            insert.setTimestamp(6, Timestamp.from(message.createdAt()));
            insert.setTimestamp(7, Timestamp.from(message.giveUpAt()));
            insert.setObject(8, message.correlationId());
            insert.setObject(9, message.causationId());
            setDelivery(insert, 10, message.delivery());
            insert.setString(16, message.recipient().key());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("Could not store message " + message.id(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A message's model is not JSON", e);
        }
    }

    @Override
    public List<UUID> dueForSending(Instant now, int limit) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement due = connection.prepareStatement(
                "select m.id from outgoing_message m where m.status = 'PENDING' and m.next_attempt_at <= ?"
                        // An officers' email goes to the team's mailbox: it waits for no requester's address.
                        + " and (m.recipient = 'officers'"
                        + " or exists (select 1 from requester_contact c where c.reference = m.reference))"
                        + " order by m.next_attempt_at limit ?")) {
            due.setTimestamp(1, Timestamp.from(now));
            due.setInt(2, limit);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = due.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new StoreException("Could not find the messages due", e);
        }
    }

    @Override
    public Optional<OutgoingMessage> lockIfPending(UUID id) {
        // skip locked: two dispatchers never take the same message.
        try (Connection connection = dataSource.getConnection(); PreparedStatement lock = connection.prepareStatement(
                "select " + COLUMNS + " from outgoing_message where id = ? and status = 'PENDING'"
                        + " for update skip locked")) {
            lock.setObject(1, id);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() ? Optional.of(toDomain(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not lock message " + id, e);
        }
    }

    @Override
    public void update(OutgoingMessage message) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "update outgoing_message set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?,"
                        + " sent_at = ?, failed_at = ? where id = ?")) {
            setDelivery(update, 1, message.delivery());
            update.setObject(7, message.id());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No message " + message.id() + " to update");
            }
        } catch (SQLException e) {
            throw new StoreException("Could not update message " + message.id(), e);
        }
    }

    @Override
    public Optional<OutgoingMessage> find(UUID id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement find = connection.prepareStatement(
                "select " + COLUMNS + " from outgoing_message where id = ?")) {
            find.setObject(1, id);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(toDomain(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read message " + id, e);
        }
    }

    @Override
    public List<OutgoingMessage> forReference(String reference) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement find = connection.prepareStatement(
                "select " + COLUMNS + " from outgoing_message where reference = ? order by created_at")) {
            find.setString(1, reference);
            List<OutgoingMessage> messages = new ArrayList<>();
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    messages.add(toDomain(rows));
                }
            }
            return messages;
        } catch (SQLException e) {
            throw new StoreException("Could not read the messages of " + reference, e);
        }
    }

    /** Sets the six delivery columns (status to failed_at) from {@code first}. */
    private static void setDelivery(PreparedStatement statement, int first, OutgoingMessage.Delivery delivery)
            throws SQLException {
        statement.setString(first, delivery.status().name());
        statement.setInt(first + 1, delivery.attempts());
        statement.setString(first + 2, delivery.lastError());
        statement.setTimestamp(first + 3, timestamp(delivery.nextAttemptAt()));
        statement.setTimestamp(first + 4, timestamp(delivery.sentAt()));
        statement.setTimestamp(first + 5, timestamp(delivery.failedAt()));
    }

    private OutgoingMessage toDomain(ResultSet row) throws SQLException {
        Map<String, String> model;
        try {
            model = json.readValue(row.getString(4), MODEL);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Message " + row.getString(1) + " has a model that is not JSON", e);
        }
        return OutgoingMessage.restore(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                Recipient.ofKey(row.getString(16)), model,
                row.getString(5), instant(row.getTimestamp(6)), instant(row.getTimestamp(7)),
                row.getObject(8, UUID.class), row.getObject(9, UUID.class),
                new OutgoingMessage.Delivery(MessageStatus.valueOf(row.getString(10)), row.getInt(11),
                        row.getString(12), instant(row.getTimestamp(13)), instant(row.getTimestamp(14)),
                        instant(row.getTimestamp(15))));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
