package org.foiplatform.notification.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An email to a requester or to the officers, recorded once when the event that calls for it is handled and sent later, so
 * that a redelivered event never sends it twice and a mail server that is down delays it without losing
 * it. A message is its {@code kind} (the name of its template pair, e.g. {@code acknowledgement}) and its
 * {@code model} (the values the template shows, taken from the event); nothing in it belongs to one kind.
 * {@code idempotencyKey} (event, recipient, template) is unique: the same event never records the same
 * email twice. The one state machine of a message lives in {@link #sent}, {@link #attemptFailed} and
 * {@link #refused}.
 */
public final class OutgoingMessage {

    /** A template name: lower case words joined by hyphens, so that it can name a file safely. */
    private static final Pattern KIND = Pattern.compile("[a-z]+(-[a-z]+)*");

    private final UUID id;
    private final String reference;
    private final String kind;
    private final Recipient recipient;
    private final Map<String, String> model;
    private final String idempotencyKey;
    private final Instant createdAt;
    private final Instant giveUpAt;
    private final UUID correlationId;
    private final UUID causationId;
    private MessageStatus status;
    private int attempts;
    private String lastError;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private Instant failedAt;

    private OutgoingMessage(UUID id, String reference, String kind, Recipient recipient, Map<String, String> model,
            String idempotencyKey, Instant createdAt, Instant giveUpAt, UUID correlationId, UUID causationId) {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Not a template name: " + kind);
        }
        this.id = Objects.requireNonNull(id, "id");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.kind = kind;
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.model = Map.copyOf(model);
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.giveUpAt = Objects.requireNonNull(giveUpAt, "giveUpAt");
        this.correlationId = correlationId;
        this.causationId = causationId;
    }

    /** A new message to the requester, to be tried at once and given up if it has not gone by {@code giveUpAt}. */
    public static OutgoingMessage pending(String reference, String kind, Map<String, String> model,
            String idempotencyKey, Instant now, Instant giveUpAt, UUID correlationId, UUID causationId) {
        return pending(reference, kind, Recipient.REQUESTER, model, idempotencyKey, now, giveUpAt, correlationId,
                causationId);
    }

    /** A new message to {@code recipient}, to be tried at once and given up if it has not gone by {@code giveUpAt}. */
    public static OutgoingMessage pending(String reference, String kind, Recipient recipient, Map<String, String> model,
            String idempotencyKey, Instant now, Instant giveUpAt, UUID correlationId, UUID causationId) {
        OutgoingMessage message = new OutgoingMessage(UUID.randomUUID(), reference, kind, recipient, model,
                idempotencyKey, now, giveUpAt, correlationId, causationId);
        message.status = MessageStatus.PENDING;
        message.nextAttemptAt = now;
        return message;
    }

    /** A stored message as it was. */
    public static OutgoingMessage restore(UUID id, String reference, String kind, Recipient recipient,
            Map<String, String> model, String idempotencyKey, Instant createdAt, Instant giveUpAt, UUID correlationId,
            UUID causationId, Delivery delivery) {
        OutgoingMessage message = new OutgoingMessage(id, reference, kind, recipient, model, idempotencyKey, createdAt,
                giveUpAt, correlationId, causationId);
        message.status = delivery.status();
        message.attempts = delivery.attempts();
        message.lastError = delivery.lastError();
        message.nextAttemptAt = delivery.nextAttemptAt();
        message.sentAt = delivery.sentAt();
        message.failedAt = delivery.failedAt();
        return message;
    }

    /** The mail server accepted the message. */
    public void sent(Instant at) {
        requirePending();
        attempts++;
        status = MessageStatus.SENT;
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * Not emailed, because the requester asked for replies by post: it waits for an officer to print and post it.
     * Nothing is sent by email after this.
     */
    public void toPost() {
        requirePending();
        status = MessageStatus.TO_POST;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * A temporary failure (no connection, a timeout, a 4xx reply): tried again after the pause the policy
     * gives, unless that would be after {@code giveUpAt}; then it is given up. Returns true if given up.
     */
    public boolean attemptFailed(String error, Instant now, RetryPolicy policy, double random) {
        requirePending();
        attempts++;
        lastError = error;
        Instant next = now.plus(policy.pauseAfter(attempts, random));
        if (next.isAfter(giveUpAt)) {
            giveUp(now);
            return true;
        }
        nextAttemptAt = next;
        return false;
    }

    /** A permanent refusal (a 5xx reply, an address the server will not take): given up at once. */
    public void refused(String error, Instant now) {
        requirePending();
        attempts++;
        lastError = error;
        giveUp(now);
    }

    private void giveUp(Instant now) {
        status = MessageStatus.FAILED;
        failedAt = now;
        nextAttemptAt = null;
    }

    private void requirePending() {
        if (status != MessageStatus.PENDING) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not PENDING");
        }
    }

    public Delivery delivery() {
        return new Delivery(status, attempts, lastError, nextAttemptAt, sentAt, failedAt);
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String kind() {
        return kind;
    }

    /** Who it is for: the requester, or the officers' mailbox. */
    public Recipient recipient() {
        return recipient;
    }

    public Map<String, String> model() {
        return model;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant giveUpAt() {
        return giveUpAt;
    }

    public UUID correlationId() {
        return correlationId;
    }

    public UUID causationId() {
        return causationId;
    }

    public MessageStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    /** When the dispatcher may try again; null once it is sent or given up. */
    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    /** Where a message's delivery stands. */
    public record Delivery(MessageStatus status, int attempts, String lastError, Instant nextAttemptAt, Instant sentAt,
            Instant failedAt) {
    }
}
