package org.foiplatform.notification.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.messaging.EventRecorder;
import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.OutgoingMessage;
import org.jboss.logging.Logger;

/**
 * Handles the events that call for an email: keeps the requester's contact details, and records each email a
 * {@link NotificationRules rule} calls for as a pending message, which the dispatcher sends as soon as the
 * transaction commits. Each event reaches these methods once (the messaging runtime's inbox skips a
 * redelivery), and the message's idempotency key (event, recipient, template) is unique besides, so an
 * event never records, and so never sends, the same email twice.
 */
@ApplicationScoped
public class RecordNotifications {

    private static final Logger LOG = Logger.getLogger(RecordNotifications.class);

    private final ContactBook contacts;
    private final MessageStore messages;
    private final EventRecorder events;
    private final DispatchSignal dispatch;
    private final NotificationConfig config;
    private final Clock clock;

    public RecordNotifications(ContactBook contacts, MessageStore messages, EventRecorder events,
            DispatchSignal dispatch, NotificationConfig config, Clock clock) {
        this.contacts = contacts;
        this.messages = messages;
        this.events = events;
        this.dispatch = dispatch;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public void keepContact(RequestReceived request) {
        contacts.save(new Contact(request.reference(), request.requester().name(), request.requester().email(),
                request.requester().postalAddress(), request.trackingTokenSealed()));
        // A message may have been waiting for this address.
        dispatch.afterCommit();
        LOG.debugf("Kept contact details for %s", request.reference());
    }

    /** Records the email each rule calls for, in one transaction: every rule here answers the event's type. */
    @Transactional
    public <T extends Record> void record(java.util.List<NotificationRules.Rule<T>> rules, T event) {
        for (NotificationRules.Rule<T> rule : rules) {
            record(rule, event);
        }
    }

    @Transactional
    public <T extends Record> void record(NotificationRules.Rule<T> rule, T event) {
        if (!rule.applies().test(event)) {
            return;
        }
        EventRecorder.Correlation cause = events.correlation();
        String reference = rule.reference().apply(event);
        Instant now = clock.instant();
        // The idempotency key: event, recipient, template.
        OutgoingMessage message = OutgoingMessage.pending(reference, rule.kind(), rule.recipient(),
                rule.model().apply(event), cause.causationId() + "/" + rule.recipient().key() + "/" + rule.kind(), now,
                now.plus(config.retryHorizon()), cause.correlationId(), cause.causationId());
        if (!messages.addUnlessRecorded(message)) {
            LOG.infof("The %s email for %s was already recorded for this event", rule.kind(), reference);
            return;
        }
        dispatch.afterCommit();
        LOG.debugf("%s email %s for %s queued", rule.kind(), message.id(), reference);
    }
}
