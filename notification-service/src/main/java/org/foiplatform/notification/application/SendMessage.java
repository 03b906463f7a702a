package org.foiplatform.notification.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.NotificationSent;
import org.foiplatform.messaging.EventRecorder;
import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.OutgoingMessage;
import org.jboss.logging.Logger;

/**
 * Sends one pending message in its own transaction: the row is locked, the email handed to the
 * SMTP server, and the message marked sent with {@code NotificationSent} in the outbox. If the
 * server refuses, the attempt is counted and the message waits for the next pass.
 */
@ApplicationScoped
public class SendMessage {

    private static final Logger LOG = Logger.getLogger(SendMessage.class);

    private final MessageStore messages;
    private final ContactBook contacts;
    private final EmailComposer composer;
    private final MailSender mail;
    private final EventRecorder events;
    private final Clock clock;
    private final NotificationConfig config;

    public SendMessage(MessageStore messages, ContactBook contacts, EmailComposer composer, MailSender mail,
            EventRecorder events, Clock clock, NotificationConfig config) {
        this.messages = messages;
        this.contacts = contacts;
        this.composer = composer;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.config = config;
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
        try {
            mail.send(composer.compose(message, contact.get()));
        } catch (RuntimeException e) {
            message.attemptFailed(e.getMessage(), clock.instant(), config.maxAttempts(), config.firstRetryPause(),
                    config.longestRetryPause());
            messages.update(message);
            LOG.warnf("Sending %s %s for %s failed (attempt %d, now %s): %s", message.kind(), messageId,
                    message.reference(), message.attempts(), message.status(), e.getMessage());
            return false;
        }
        message.sent(clock.instant());
        messages.update(message);
        events.record(EventType.NOTIFICATION_SENT, message.reference(), new NotificationSent(message.reference(),
                message.id(), message.kind().name(), message.sentAt()), message.correlationId(), message.causationId());
        LOG.infof("Sent %s %s for %s", message.kind(), messageId, message.reference());
        return true;
    }
}
