package org.foiplatform.assessment.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.foiplatform.assessment.application.OpenCase;
import org.foiplatform.assessment.application.RecordCorrespondence;
import org.foiplatform.assessment.application.RequesterActions;
import org.foiplatform.assessment.application.RecordUndeliveredEmail;
import org.foiplatform.assessment.application.RecordUnpublishedEvent;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.ClarificationProvided;
import org.foiplatform.contracts.events.EventParked;
import org.foiplatform.contracts.events.RequestWithdrawn;
import org.foiplatform.contracts.events.ReviewRequested;
import org.foiplatform.contracts.events.NotificationSent;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.contracts.events.ResponseIssuedV2;
import org.foiplatform.contracts.events.LetterBlocked;
import org.foiplatform.contracts.events.NotificationFailed;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.messaging.EventHandlers;
import org.foiplatform.messaging.EventRouter;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads {@code foi.intake.v1} (requests, to open cases), {@code foi.response.v1} (letters issued),
 * {@code foi.notification.v1} (emails sent and emails that could not be delivered) and {@code foi.operations.v1}
 * (events any service parked), the last three for the case's timeline,
 * through one router: one consumer name, one inbox, and the admin's replay of
 * any channel's dead letters goes through it. A message that is not a readable event throws, and the
 * connector's dead-letter strategy moves it to {@code <topic>.assessment.dlq} and goes on with the next.
 */
@ApplicationScoped
public class IntakeEventsConsumer {

    private final EventRouter router;

    public IntakeEventsConsumer(EventHandlers handlers, OpenCase openCase, RecordUndeliveredEmail undelivered,
            RecordUnpublishedEvent unpublished, RecordCorrespondence correspondence, RequesterActions requester) {
        this.router = handlers.consumer("assessment-service")
                .on(EventType.REQUEST_RECEIVED, RequestReceived.class, openCase::open)
                .on(EventType.CLARIFICATION_PROVIDED, ClarificationProvided.class, requester::clarificationProvided)
                .on(EventType.REQUEST_WITHDRAWN, RequestWithdrawn.class, requester::withdrawn)
                .on(EventType.REVIEW_REQUESTED, ReviewRequested.class, requester::reviewRequested)
                .on(EventType.NOTIFICATION_FAILED, NotificationFailed.class, undelivered::record)
                .on(EventType.EVENT_PARKED, EventParked.class, unpublished::record)
                .on(EventType.RESPONSE_ISSUED, ResponseIssued.class, correspondence::responseIssued)
                .on(EventType.RESPONSE_ISSUED_V2, ResponseIssuedV2.class, correspondence::responseIssued)
                .on(EventType.LETTER_BLOCKED, LetterBlocked.class, correspondence::letterBlocked)
                .on(EventType.NOTIFICATION_SENT, NotificationSent.class, correspondence::emailSent)
                .on(EventType.POSTAL_REPLY_NEEDED, org.foiplatform.contracts.events.PostalReplyNeeded.class,
                        correspondence::postalReplyNeeded)
                .build();
    }

    @Incoming("intake-in")
    @Blocking
    public void onMessage(String message) {
        router.route(message);
    }

    @Incoming("notification-in")
    @Blocking
    public void onNotificationEvent(String message) {
        router.route(message);
    }

    @Incoming("response-in")
    @Blocking
    public void onResponseEvent(String message) {
        router.route(message);
    }

    @Incoming("operations-in")
    @Blocking
    public void onOperationsEvent(String message) {
        router.route(message);
    }
}
