package org.foiplatform.assessment.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.domain.DueDateMoved;
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
}
