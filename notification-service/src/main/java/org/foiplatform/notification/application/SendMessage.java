package org.foiplatform.notification.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.NotificationFailed;
import org.foiplatform.contracts.events.NotificationSent;
import org.foiplatform.messaging.EventRecorder;
import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.Email;
import org.foiplatform.notification.domain.OutgoingMessage;
import org.foiplatform.notification.domain.RetryPolicy;
import org.jboss.logging.Logger;

/**
 * Sends one pending message in its own transaction: the row is locked, the email handed to the SMTP server,
 * and the message marked sent with {@code NotificationSent} in the outbox. A failure that may pass is
 * counted and the message waits, with a growing pause, until its retry horizon; a permanent refusal, or the
 * horizon passing, gives it up and publishes {@code NotificationFailed}.
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
    private final EventRecorder events;
    private final Clock clock;
    private final RetryPolicy retries;

    public SendMessage(MessageStore messages, ContactBook contacts, EmailComposer composer, MailSender mail,
            EventRecorder events, Clock clock, NotificationConfig config) {
        this.messages = messages;
        this.contacts = contacts;
        this.composer = composer;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.retries = new RetryPolicy(config.firstRetryPause(), config.longestRetryPause(), config.retryJitter());
    }

    /** True if the message was sent now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(UUID messageId) {
        Optional<OutgoingMessage> locked = messages.lockIfPending(messageId);
        if (locked.isEmpty()) {
            return false;
        }
        OutgoingMessage message = locked.get();
        Optional<Contact> contact = contacts.find(message.reference());
        if (contact.isEmpty()) {
            // RequestReceived and CaseOpened travel on different topics; the address may not be here yet.
            LOG.debugf("No contact details yet for %s; message %s waits", message.reference(), messageId);
            return false;
        }
        Email email = composer.compose(message, contact.get());
        try {
            mail.send(email);
        } catch (MailSender.MailFailure e) {
            failed(message, e);
            return false;
        }
        message.sent(clock.instant());
        messages.update(message);
        events.record(EventType.NOTIFICATION_SENT, message.reference(), new NotificationSent(message.reference(),
                message.id(), message.kind(), email.messageId(), message.sentAt()), message.correlationId(),
                message.causationId());
        LOG.infof("Sent %s %s for %s", message.kind(), messageId, message.reference());
        return true;
    }

    private void failed(OutgoingMessage message, MailSender.MailFailure failure) {
        String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        boolean givenUp;
        if (failure.permanent()) {
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
                message.reference(), message.attempts(), failure.permanent() ? "refused for good" : "horizon passed",
                error);
        events.record(EventType.NOTIFICATION_FAILED, message.reference(), new NotificationFailed(message.reference(),
                message.id(), message.kind(), failure.permanent(), message.attempts(),
                error.length() > MAX_REASON ? error.substring(0, MAX_REASON) : error, message.failedAt()),
                message.correlationId(), message.causationId());
    }
}
