package org.foiplatform.response.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.DecisionApproved;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.contracts.events.ReviewDecided;
import org.foiplatform.messaging.EventHandlers;
import org.foiplatform.messaging.EventRouter;
import org.foiplatform.response.application.IssueResponse;
import org.foiplatform.response.application.RecordConsent;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads {@code foi.case.v1}, where an approved decision calls for a response letter and a decided internal review
 * for a review letter, and {@code foi.intake.v1} for one fact: whether the requester agreed to the disclosure log
 * (it arrives long before any decision). One router, and so one inbox, for both; an admin's replay of a dead letter
 * goes through it too. A message that is not a readable event throws, and the connector moves it to the channel's
 * dead-letter topic ({@code foi.case.v1.response.dlq}, {@code foi.intake.v1.response.dlq}).
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    private final EventRouter router;

    public PlatformEventsConsumer(EventHandlers handlers, IssueResponse issueResponse, RecordConsent consent) {
        this.router = handlers.consumer("response-service")
                .on(EventType.DECISION_APPROVED, DecisionApproved.class, issueResponse::issue)
                // Version 2 carries all the letter says; version 1 is read while any of its events may be left.
                .on(EventType.DECISION_APPROVED_V2, DecisionApprovedV2.class, issueResponse::issue)
                .on(EventType.REVIEW_DECIDED, ReviewDecided.class, issueResponse::issue)
                .on(EventType.REQUEST_RECEIVED, RequestReceived.class, consent::received)
                .build();
    }

    @Incoming("case-in")
    @Blocking
    public void onCaseEvent(String message) {
        router.route(message);
    }

    @Incoming("intake-in")
    @Blocking
    public void onIntakeEvent(String message) {
        router.route(message);
    }
}
