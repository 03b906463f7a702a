package org.foiplatform.notification.infrastructure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.foiplatform.notification.application.MessageStore;
import org.foiplatform.notification.domain.MessageStatus;
import org.foiplatform.notification.domain.OutgoingMessage;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheMessageStore implements MessageStore {

    /** Hibernate's lock timeout meaning "skip locked": two dispatchers never take the same message. */
    private static final int SKIP_LOCKED = -2;

    @Override
    public boolean addUnlessRecorded(OutgoingMessage message) {
        if (MessageEntity.count("idempotencyKey", message.idempotencyKey()) > 0) {
            return false;
        }
        MessageEntity entity = new MessageEntity();
        entity.id = message.id();
        entity.reference = message.reference();
        entity.kind = message.kind();
        entity.model = message.model();
        entity.idempotencyKey = message.idempotencyKey();
        entity.createdAt = message.createdAt();
        entity.giveUpAt = message.giveUpAt();
        entity.correlationId = message.correlationId();
        entity.causationId = message.causationId();
        copyDelivery(message, entity);
        // Flushed inside the handling transaction (see PanacheContactBook.save); the unique index on the
        // idempotency key stops a second row should two transactions race past the check above.
        entity.persistAndFlush();
        return true;
    }

    @Override
    public List<UUID> dueForSending(Instant now, int limit) {
        // The outer alias matters: an unqualified "reference" in the subquery would mean c.reference.
        return MessageEntity.<MessageEntity>find("from MessageEntity m where m.status = ?1 and m.nextAttemptAt <= ?2 "
                + "and exists (from ContactEntity c where c.reference = m.reference)",
                Sort.ascending("nextAttemptAt"), MessageStatus.PENDING, now)
                .page(Page.ofSize(limit)).stream().map(e -> e.id).toList();
    }

    @Override
    public Optional<OutgoingMessage> lockIfPending(UUID id) {
        return MessageEntity.<MessageEntity>find("id = ?1 and status = ?2", id, MessageStatus.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .firstResultOptional().map(PanacheMessageStore::toDomain);
    }

    @Override
    public void update(OutgoingMessage message) {
        MessageEntity entity = MessageEntity.findById(message.id());
        copyDelivery(message, entity);
        entity.persistAndFlush();
    }

    @Override
    public List<OutgoingMessage> forReference(String reference) {
        return MessageEntity.<MessageEntity>find("reference", Sort.ascending("createdAt"), reference).stream()
                .map(PanacheMessageStore::toDomain).toList();
    }

    private static void copyDelivery(OutgoingMessage from, MessageEntity to) {
        OutgoingMessage.Delivery delivery = from.delivery();
        to.status = delivery.status();
        to.attempts = delivery.attempts();
        to.lastError = delivery.lastError();
        to.nextAttemptAt = delivery.nextAttemptAt();
        to.sentAt = delivery.sentAt();
        to.failedAt = delivery.failedAt();
    }

    private static OutgoingMessage toDomain(MessageEntity e) {
        return OutgoingMessage.restore(e.id, e.reference, e.kind, e.model, e.idempotencyKey, e.createdAt, e.giveUpAt,
                e.correlationId, e.causationId, new OutgoingMessage.Delivery(e.status, e.attempts, e.lastError,
                        e.nextAttemptAt, e.sentAt, e.failedAt));
    }
}
