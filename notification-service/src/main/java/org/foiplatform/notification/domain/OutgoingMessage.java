package org.foiplatform.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An email to a requester, recorded once when the event that calls for it is handled and sent later,
 * so that a redelivered event never sends it twice and a mail server that is down delays it without
 * losing it. The one state machine of a message lives in {@link #sent} and {@link #attemptFailed}.
 */
public final class OutgoingMessage {

    private final UUID id;
    private final String reference;
    private final MessageKind kind;
    private MessageStatus status;
    private final String subject;
    private final String letterHtml;
    private final LocalDate receivedOn;
    private final LocalDate dueDate;
    private int attempts;
    private String lastError;
    private Instant sentAt;
    private Instant nextAttemptAt;
    private final UUID correlationId;
    private final UUID causationId;

    public OutgoingMessage(UUID id, String reference, MessageKind kind, MessageStatus status, String subject,
            String letterHtml, LocalDate receivedOn, LocalDate dueDate, int attempts, String lastError, Instant sentAt,
            Instant nextAttemptAt, UUID correlationId, UUID causationId) {
        this.id = id;
        this.reference = reference;
        this.kind = kind;
        this.status = status;
        this.subject = subject;
        this.letterHtml = letterHtml;
        this.receivedOn = receivedOn;
        this.dueDate = dueDate;
        this.attempts = attempts;
        this.lastError = lastError;
        this.sentAt = sentAt;
        this.nextAttemptAt = nextAttemptAt;
        this.correlationId = correlationId;
        this.causationId = causationId;
    }

    public static OutgoingMessage acknowledgement(String reference, LocalDate receivedOn, LocalDate dueDate,
            UUID correlationId, UUID causationId) {
        return new OutgoingMessage(UUID.randomUUID(), reference, MessageKind.ACKNOWLEDGEMENT, MessageStatus.PENDING,
                "We have received your request for information " + reference, null, receivedOn, dueDate, 0, null,
                null, null, correlationId, causationId);
    }

    public static OutgoingMessage response(String reference, String subject, String letterHtml, UUID correlationId,
            UUID causationId) {
        return new OutgoingMessage(UUID.randomUUID(), reference, MessageKind.RESPONSE, MessageStatus.PENDING, subject,
                letterHtml, null, null, 0, null, null, null, correlationId, causationId);
    }

    public void sent(Instant at) {
        requirePending();
        attempts++;
        status = MessageStatus.SENT;
        sentAt = at;
        lastError = null;
    }

    /**
     * Counts a failed attempt and waits longer before the next: {@code firstPause}, doubled after each
     * failure, at most {@code longestPause}. After {@code maxAttempts} the message is given up.
     */
    public void attemptFailed(String error, Instant now, int maxAttempts, Duration firstPause, Duration longestPause) {
        requirePending();
        attempts++;
        lastError = error;
        if (attempts >= maxAttempts) {
            status = MessageStatus.FAILED;
            nextAttemptAt = null;
            return;
        }
        Duration pause = firstPause.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(pause.compareTo(longestPause) > 0 ? longestPause : pause);
    }

    private void requirePending() {
        if (status != MessageStatus.PENDING) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not PENDING");
        }
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public MessageKind kind() {
        return kind;
    }

    public MessageStatus status() {
        return status;
    }

    public String subject() {
        return subject;
    }

    public String letterHtml() {
        return letterHtml;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** When the dispatcher may try again; null for a new message (at once) and once it is sent or given up. */
    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public UUID correlationId() {
        return correlationId;
    }

    public UUID causationId() {
        return causationId;
    }
}
