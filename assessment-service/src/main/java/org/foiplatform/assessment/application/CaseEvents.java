package org.foiplatform.assessment.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

import org.foiplatform.assessment.domain.ClockEvent;
import org.foiplatform.assessment.domain.CostLimit;
import org.foiplatform.assessment.domain.Deadline;
import org.foiplatform.assessment.domain.DueDateMoved;
import org.foiplatform.assessment.domain.StatutoryClock;
import org.foiplatform.contracts.events.ClarificationRequested;
import org.foiplatform.contracts.events.DeadlineExtended;
import org.foiplatform.contracts.events.FeesNoticeIssued;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.DueDateChanged;
import org.foiplatform.messaging.EventRecorder;

/** Records the events a case's transitions return, in the same transaction as the change (outbox). */
@ApplicationScoped
public class CaseEvents {

    /** Keeps DueDateChanged far below the broker's limit whatever the reason's length. */
    private static final int MAX_REASON = 8000;

    private final EventRecorder events;

    public CaseEvents(EventRecorder events) {
        this.events = events;
    }

    public void record(InformationCase informationCase, List<DueDateMoved> moved) {
        for (DueDateMoved m : moved) {
            String reason = m.reason().length() > MAX_REASON ? m.reason().substring(0, MAX_REASON - 1) + "…" : m.reason();
            events.record(EventType.DUE_DATE_CHANGED, m.reference(), new DueDateChanged(m.reference(), m.regime().name(),
                    m.previousDueDate(), m.dueDate(), m.workingDays(), m.cause().name(), reason),
                    informationCase.correlationId(), null);
        }
    }

    /**
     * The event of an officer's clock action, for the requester's email and the record: ClarificationRequested (the
     * question), FeesNoticeIssued (the fee and how it was worked out) or DeadlineExtended. {@code deadline} is the
     * case's deadline after the action.
     */
    public void recordClockAction(InformationCase c, ClockEvent action, LocalDate previousDue, Deadline deadline) {
        LocalDate lapsesOn = deadline.stopped() == null ? null : deadline.stopped().lapsesOn();
        switch (action.kind()) {
            case CLARIFICATION_REQUESTED -> events.record(EventType.CLARIFICATION_REQUESTED, c.reference(),
                    new ClarificationRequested(c.reference(), c.regime().name(), action.on(), action.reason(), lapsesOn),
                    c.correlationId(), null);
            case FEES_NOTICE_GIVEN -> events.record(EventType.FEES_NOTICE_ISSUED, c.reference(),
                    new FeesNoticeIssued(c.reference(), c.regime().name(), action.on(),
                            CostLimit.pounds(action.amount()), action.reason(), lapsesOn),
                    c.correlationId(), null);
            case EXTENDED -> events.record(EventType.DEADLINE_EXTENDED, c.reference(),
                    new DeadlineExtended(c.reference(), c.regime().name(), action.on(),
                            StatutoryClock.extensionProvision(c.regime()), action.amount(),
                            c.regime().countsWorkingDays() ? "working days" : "months", action.reason(), previousDue,
                            c.dueDate(), deadline.refusalNoticeDue()),
                    c.correlationId(), null);
            default -> {
                // Clarification or fee received: DueDateChanged says it.
            }
        }
    }
}
