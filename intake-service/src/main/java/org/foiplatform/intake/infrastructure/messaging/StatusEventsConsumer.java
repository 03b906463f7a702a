package org.foiplatform.intake.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.ClarificationRequested;
import org.foiplatform.contracts.events.DeadlineExtended;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.contracts.events.DueDateChanged;
import org.foiplatform.contracts.events.FeesNoticeIssued;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.contracts.events.ResponseIssuedV2;
import org.foiplatform.contracts.events.ResponsePublished;
import org.foiplatform.contracts.events.ResponseUnpublished;
import org.foiplatform.contracts.events.ReviewDecided;
import org.foiplatform.contracts.events.RequestLapsed;
import org.foiplatform.contracts.events.WithdrawalRecorded;
import org.foiplatform.intake.application.DisclosureLogSuggestions;
import org.foiplatform.intake.application.RecordProgress;
import org.foiplatform.messaging.EventHandlers;
import org.foiplatform.messaging.EventRouter;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads {@code foi.case.v1} and {@code foi.response.v1} into intake's status view, and {@code ResponsePublished} into
 * the disclosure log entries it suggests, through one router (one consumer name, one inbox: each event is handled
 * once). Types with no handler here (LetterBlocked, CaseAssigned...) are
 * ignored; a message that is not a readable event goes to {@code <topic>.intake.dlq}.
 */
@ApplicationScoped
public class StatusEventsConsumer {

    private final EventRouter router;

    public StatusEventsConsumer(EventHandlers handlers, RecordProgress progress,
            DisclosureLogSuggestions suggestions) {
        this.router = handlers.consumer("intake-service")
                .on(EventType.CASE_OPENED, CaseOpened.class, progress::caseOpened)
                .on(EventType.DUE_DATE_CHANGED, DueDateChanged.class, progress::dueDateChanged)
                .on(EventType.CLARIFICATION_REQUESTED, ClarificationRequested.class, progress::clarificationRequested)
                .on(EventType.FEES_NOTICE_ISSUED, FeesNoticeIssued.class, progress::feesNoticeIssued)
                .on(EventType.DEADLINE_EXTENDED, DeadlineExtended.class, progress::deadlineExtended)
                .on(EventType.DECISION_APPROVED_V2, DecisionApprovedV2.class, progress::decisionApproved)
                .on(EventType.REVIEW_DECIDED, ReviewDecided.class, progress::reviewDecided)
                .on(EventType.REQUEST_LAPSED, RequestLapsed.class, progress::requestLapsed)
                .on(EventType.WITHDRAWAL_RECORDED, WithdrawalRecorded.class, progress::withdrawalRecorded)
                .on(EventType.RESPONSE_ISSUED, ResponseIssued.class, progress::responseIssued)
                .on(EventType.RESPONSE_ISSUED_V2, ResponseIssuedV2.class, progress::responseIssued)
                .on(EventType.RESPONSE_PUBLISHED, ResponsePublished.class, suggestions::published)
                .on(EventType.RESPONSE_UNPUBLISHED, ResponseUnpublished.class, suggestions::unpublished)
                .build();
    }

    @Incoming("case-in")
    @Blocking
    public void onCaseEvent(String message) {
        router.route(message);
    }

    @Incoming("response-in")
    @Blocking
    public void onResponseEvent(String message) {
        router.route(message);
    }
}
