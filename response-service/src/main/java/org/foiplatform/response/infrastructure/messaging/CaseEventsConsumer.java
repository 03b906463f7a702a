package org.foiplatform.response.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.DecisionApproved;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.messaging.EventHandlers;
import org.foiplatform.messaging.EventRouter;
import org.foiplatform.response.application.IssueResponse;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads {@code foi.case.v1}; only an approved decision calls for a letter. A message that is not a
 * readable event throws, and the connector moves it to {@code foi.case.v1.response.dlq}.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    private final EventRouter router;

    public CaseEventsConsumer(EventHandlers handlers, IssueResponse issueResponse) {
        this.router = handlers.consumer("response-service")
                .on(EventType.DECISION_APPROVED, DecisionApproved.class, issueResponse::issue)
                // Version 2 carries all the letter says; version 1 is read while any of its events may be left.
                .on(EventType.DECISION_APPROVED_V2, DecisionApprovedV2.class, issueResponse::issue)
                .build();
    }

    @Incoming("case-in")
    @Blocking
    public void onMessage(String message) {
        router.route(message);
    }
}
