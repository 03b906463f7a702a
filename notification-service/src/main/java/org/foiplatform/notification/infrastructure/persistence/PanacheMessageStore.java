package org.foiplatform.notification.infrastructure.persistence;

import java.time.Clock;
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

    private final Clock clock;

    public PanacheMessageStore(Clock clock) {
        this.clock = clock;
    }

    /** Hibernate's lock timeout meaning "skip locked": two dispatchers never take the same message. */
    private static final int SKIP_LOCKED = -2;

    @Override
    public void add(OutgoingMessage message) {
        MessageEntity entity = new MessageEntity();
        entity.id = message.id();
        entity.createdAt = clock.instant();
        entity.nextAttemptAt = entity.createdAt;
        copy(message, entity);
        // Flushed inside the handling transaction: see PanacheContactBook.save.
        entity.persistAndFlush();
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
        copy(message, MessageEntity.findById(message.id()));
    }

    private static void copy(OutgoingMessage from, MessageEntity to) {
        to.reference = from.reference();
        to.kind = from.kind();
        to.status = from.status();
        to.subject = from.subject();
        to.letterHtml = from.letterHtml();
        to.receivedOn = from.receivedOn();
        to.dueDate = from.dueDate();
        to.attempts = from.attempts();
        to.lastError = from.lastError();
        to.sentAt = from.sentAt();
        if (from.nextAttemptAt() != null) {
            to.nextAttemptAt = from.nextAttemptAt();
        }
        to.correlationId = from.correlationId();
        to.causationId = from.causationId();
    }

    private static OutgoingMessage toDomain(MessageEntity e) {
        return new OutgoingMessage(e.id, e.reference, e.kind, e.status, e.subject, e.letterHtml, e.receivedOn,
                e.dueDate, e.attempts, e.lastError, e.sentAt, e.nextAttemptAt, e.correlationId, e.causationId);
    }
}
