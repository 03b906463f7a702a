package org.foiplatform.notification.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.NotificationFailed;
import org.foiplatform.contracts.events.NotificationSent;
import org.foiplatform.contracts.events.PostalReplyNeeded;
import org.foiplatform.messaging.EventRecorder;
import org.foiplatform.messaging.PassingFaults;
import org.foiplatform.messaging.Stopping;
import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.Email;
import org.foiplatform.notification.domain.Letter;
import org.foiplatform.notification.domain.LetterClaim;
import org.foiplatform.notification.domain.OutgoingMessage;
import org.foiplatform.notification.domain.Recipient;
import org.foiplatform.notification.domain.RetryPolicy;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sends one pending message in its own transaction: the row is locked, the letter it claims (if any) fetched from
 * response-service and checked, the email handed to the SMTP server, and the message marked sent with
 * {@code NotificationSent} in the outbox. If the database goes away between the server's acceptance and the commit,
 * the sending is recorded as soon as it is back, not sent again. A failure that may pass (at the mail server, or
 * response-service away so that the letter cannot be fetched) is counted and the message waits, with a growing
 * pause, until its retry horizon; a permanent failure (a refusal, or a letter that is not the one issued), or the
 * horizon passing, gives it up and publishes {@code NotificationFailed}. An email is never sent without its letter.
 */
@ApplicationScoped
public class SendMessage {

    private static final Logger LOG = Logger.getLogger(SendMessage.class);
    /** The longest reason a NotificationFailed carries, as its schema says. */
    private static final int MAX_REASON = 1000;

    private final MessageStore messages;
    private final ContactBook contacts;
    private final EmailComposer composer;
    private final MailSender mail;
    private final FetchLetter letters;
    private final EventRecorder events;
    private final Clock clock;
    private final RetryPolicy retries;
    private final Stopping stopping;
    /** The name and address of the officers' emails: the team, at its mailbox. */
    private final String officersName;
    private final String officersEmail;

    public SendMessage(MessageStore messages, ContactBook contacts, EmailComposer composer, MailSender mail,
            FetchLetter letters, EventRecorder events, Clock clock, NotificationConfig config, Stopping stopping) {
        this.messages = messages;
        this.contacts = contacts;
        this.composer = composer;
        this.mail = mail;
        this.letters = letters;
        this.events = events;
        this.clock = clock;
        this.retries = new RetryPolicy(config.firstRetryPause(), config.longestRetryPause(), config.retryJitter());
        this.stopping = stopping;
        this.officersName = config.sender().teamName();
        this.officersEmail = config.officers().email().filter(email -> !email.isBlank())
                .orElse(config.sender().replyTo());
    }

    /** True if the message was sent now. */
    public boolean send(UUID messageId) {
        AtomicReference<Accepted> accepted = new AtomicReference<>();
        try {
            return QuarkusTransaction.requiringNew().call(() -> sendLocked(messageId, accepted));
        } catch (RuntimeException e) {
            Accepted sent = accepted.get();
            if (sent == null) {
                throw e;
            }
            // The mail server has the email, but the database went away before that was recorded. Sending it
            // again would give the requester a second copy: record it as soon as the database is back instead.
            recordAcceptedAfterAll(sent, e);
            return true;
        }
    }

    /**
     * Where the message goes: the requester's address kept for the request; for the officers, the address the rule
     * put in the model ({@code to}: the assigned officer's own) or else the team's mailbox.
     */
    private Optional<Contact> recipient(OutgoingMessage message) {
        if (message.recipient() == Recipient.OFFICERS) {
            String to = message.model().get(NotificationRules.TO);
            return Optional.of(to == null || to.isBlank()
                    ? new Contact(message.reference(), officersName, officersEmail)
                    : new Contact(message.reference(), message.model().getOrDefault(NotificationRules.TO_NAME,
                            officersName), to));
        }
        return contacts.find(message.reference());
    }

    /** An email the mail server accepted, and when. */
    private record Accepted(UUID messageId, String messageIdHeader, Instant at) {
    }

    private boolean sendLocked(UUID messageId, AtomicReference<Accepted> accepted) {
        Optional<OutgoingMessage> locked = messages.lockIfPending(messageId);
        if (locked.isEmpty()) {
            return false;
        }
        OutgoingMessage message = locked.get();
        Optional<Contact> contact = recipient(message);
        if (contact.isEmpty()) {
            // RequestReceived and CaseOpened travel on different topics; the address may not be here yet.
            LOG.debugf("No contact details yet for %s; message %s waits", message.reference(), messageId);
            return false;
        }
        Letter letter = null;
        Optional<LetterClaim> claim = LetterClaim.in(message.model());
        if (claim.isPresent()) {
            // Fetched now, at every attempt, never stored: the email goes with its letter, checked, or not at all.
            try {
                letter = letters.fetch(message, claim.get());
            } catch (LetterDocuments.Unavailable e) {
                failed(message, "The letter could not be fetched: " + reason(e), e.permanent());
                return false;
            }
        }
        Email email = composer.compose(message, contact.get(), letter);
        if (message.recipient() == Recipient.REQUESTER && contact.get().byPost()) {
            // They asked for replies by post: no email, a task for an officer to print it and post it.
            message.toPost();
            messages.update(message);
            events.record(EventType.POSTAL_REPLY_NEEDED, message.reference(), new PostalReplyNeeded(
                    message.reference(), message.id(), message.kind(), email.subject(), contact.get().postalAddress(),
                    claim.flatMap(c -> c.document("pdf")).map(LetterClaim.Document::path).orElse(null), clock.instant()), message.correlationId(),
                    message.causationId());
            LOG.infof("%s %s for %s is to be printed and posted", message.kind(), message.id(), message.reference());
            return false;
        }
        try {
            mail.send(email);
        } catch (MailSender.MailFailure e) {
            failed(message, reason(e), e.permanent());
            return false;
        }
        accepted.set(new Accepted(messageId, email.messageId(), clock.instant()));
        recordSent(message, email.messageId(), accepted.get().at());
        return true;
    }

    private void recordSent(OutgoingMessage message, String messageIdHeader, Instant at) {
        message.sent(at);
        messages.update(message);
        events.record(EventType.NOTIFICATION_SENT, message.reference(), new NotificationSent(message.reference(),
                message.id(), message.kind(), messageIdHeader, message.sentAt()), message.correlationId(),
                message.causationId());
        LOG.infof("Sent %s %s for %s", message.kind(), message.id(), message.reference());
    }

    /**
     * Records an accepted email whose first recording failed, trying until it succeeds while the failure is one
     * that passes by itself (the database away), or until the service stops. If the service stops or dies first,
     * the message is still PENDING and goes again: the one case left where the requester may get a second copy
     * (with the same Message-ID).
     */
    private void recordAcceptedAfterAll(Accepted sent, RuntimeException first) {
        RuntimeException failure = first;
        Duration pause = Duration.ofMillis(500);
        while (PassingFaults.isPassing(failure) && !stopping.now()) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> messages.lockIfPending(sent.messageId())
                        .ifPresent(message -> recordSent(message, sent.messageIdHeader(), sent.at())));
                LOG.infof("Recorded %s as sent once the database was back", sent.messageId());
                return;
            } catch (RuntimeException e) {
                failure = e;
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10)
                        : pause.multipliedBy(2);
            }
        }
        LOG.warnf("Message %s was accepted by the mail server but could not be recorded (%s); it will be sent "
                + "again, with the same Message-ID", sent.messageId(), failure.toString());
        throw failure;
    }

    private static String reason(RuntimeException failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /**
     * An attempt failed, at the mail server or at fetching the letter: counted and tried again later, or given up
     * ({@code permanent}, or its horizon passed) with {@code NotificationFailed}.
     */
    private void failed(OutgoingMessage message, String error, boolean permanent) {
        boolean givenUp;
        if (permanent) {
            message.refused(error, clock.instant());
            givenUp = true;
        } else {
            givenUp = message.attemptFailed(error, clock.instant(), retries, ThreadLocalRandom.current().nextDouble());
        }
        messages.update(message);
        if (!givenUp) {
            LOG.warnf("Sending %s %s for %s failed (attempt %d; next at %s): %s", message.kind(), message.id(),
                    message.reference(), message.attempts(), message.nextAttemptAt(), error);
            return;
        }
        LOG.errorf("Gave up sending %s %s for %s after %d attempt(s) (%s): %s", message.kind(), message.id(),
                message.reference(), message.attempts(), permanent ? "refused for good" : "horizon passed",
                error);
        events.record(EventType.NOTIFICATION_FAILED, message.reference(), new NotificationFailed(message.reference(),
                message.id(), message.kind(), permanent, message.attempts(),
                error.length() > MAX_REASON ? error.substring(0, MAX_REASON) : error, message.failedAt()),
                message.correlationId(), message.causationId());
    }
}
