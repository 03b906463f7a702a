package org.foiplatform.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.contracts.outbox.Inbox;
import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.OutgoingMessage;
import org.jboss.logging.Logger;

/**
 * Handles the events that call for an email: keeps the requester's contact details, and records the
 * acknowledgement and the response as pending messages. Each event is handled once (the inbox), so a
 * redelivered event never records, and so never sends, a second email.
 */
@ApplicationScoped
public class RecordNotifications {

    static final String CONSUMER = "notification-service";
    private static final Logger LOG = Logger.getLogger(RecordNotifications.class);

    private final Inbox inbox;
    private final ContactBook contacts;
    private final MessageStore messages;

    public RecordNotifications(Inbox inbox, ContactBook contacts, MessageStore messages) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.messages = messages;
    }

    @Transactional
    public void on(EventEnvelope event, RequestReceived request) {
        if (firstDelivery(event)) {
            contacts.save(new Contact(request.reference(), request.requester().name(), request.requester().email()));
            LOG.infof("Kept contact details for %s from event %s", request.reference(), event.eventId());
        }
    }

    @Transactional
    public void on(EventEnvelope event, CaseOpened opened) {
        if (firstDelivery(event)) {
            messages.add(OutgoingMessage.acknowledgement(opened.reference(), opened.receivedOn(), opened.dueDate(),
                    event.correlationId(), event.eventId()));
            LOG.infof("Acknowledgement for %s queued from event %s", opened.reference(), event.eventId());
        }
    }

    @Transactional
    public void on(EventEnvelope event, ResponseIssued issued) {
        if (firstDelivery(event)) {
            messages.add(OutgoingMessage.response(issued.reference(), issued.subject(), issued.letterHtml(),
                    event.correlationId(), event.eventId()));
            LOG.infof("Response email for %s queued from event %s", issued.reference(), event.eventId());
        }
    }

    private boolean firstDelivery(EventEnvelope event) {
        boolean first = inbox.firstDelivery(CONSUMER, event.eventId());
        if (!first) {
            LOG.infof("Skipped duplicate %s %s for %s", event.type(), event.eventId(), event.reference());
        }
        return first;
    }
}
