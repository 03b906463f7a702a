package org.foiplatform.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.messaging.EventRecorder;
import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.OutgoingMessage;
import org.jboss.logging.Logger;

/**
 * Handles the events that call for an email: keeps the requester's contact details, and records the
 * acknowledgement and the response as pending messages, which the dispatcher sends as soon as the
 * transaction commits. Each event reaches these methods once (the messaging runtime's inbox skips a
 * redelivery), so a redelivered event never records, and so never sends, a second email.
 */
@ApplicationScoped
public class RecordNotifications {

    private static final Logger LOG = Logger.getLogger(RecordNotifications.class);

    private final ContactBook contacts;
    private final MessageStore messages;
    private final EventRecorder events;
    private final DispatchSignal dispatch;

    public RecordNotifications(ContactBook contacts, MessageStore messages, EventRecorder events,
            DispatchSignal dispatch) {
        this.contacts = contacts;
        this.messages = messages;
        this.events = events;
        this.dispatch = dispatch;
    }

    @Transactional
    public void keepContact(RequestReceived request) {
        contacts.save(new Contact(request.reference(), request.requester().name(), request.requester().email()));
        // A message may have been waiting for this address.
        dispatch.afterCommit();
        LOG.infof("Kept contact details for %s", request.reference());
    }

    @Transactional
    public void acknowledge(CaseOpened opened) {
        EventRecorder.Correlation cause = events.correlation();
        messages.add(OutgoingMessage.acknowledgement(opened.reference(), opened.receivedOn(), opened.dueDate(),
                cause.correlationId(), cause.causationId()));
        dispatch.afterCommit();
        LOG.infof("Acknowledgement for %s queued", opened.reference());
    }

    @Transactional
    public void sendResponse(ResponseIssued issued) {
        EventRecorder.Correlation cause = events.correlation();
        messages.add(OutgoingMessage.response(issued.reference(), issued.subject(), issued.letterHtml(),
                cause.correlationId(), cause.causationId()));
        dispatch.afterCommit();
        LOG.infof("Response email for %s queued", issued.reference());
    }
}
