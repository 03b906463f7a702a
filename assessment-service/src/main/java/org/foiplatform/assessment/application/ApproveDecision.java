package org.foiplatform.assessment.application;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.QuestionDecision;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.DecisionApproved;
import org.foiplatform.messaging.EventRecorder;
import org.jboss.logging.Logger;

/** Records an officer's decision on every question and publishes {@code DecisionApproved}. */
@ApplicationScoped
public class ApproveDecision {

    private static final Logger LOG = Logger.getLogger(ApproveDecision.class);

    private final CaseRepository cases;
    private final EventRecorder events;
    private final Clock clock;

    public ApproveDecision(CaseRepository cases, EventRecorder events, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public InformationCase approve(String reference, List<QuestionDecision> decisions, String approver) {
        InformationCase informationCase = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        informationCase.approveDecision(decisions, approver, clock.instant());
        cases.update(informationCase);
        events.record(EventType.DECISION_APPROVED, reference, new DecisionApproved(reference,
                informationCase.approvedAt(), approver,
                informationCase.questions().stream().map(q -> new DecisionApproved.QuestionOutcome(q.number(), q.text(),
                        q.outcome().name(), q.answer())).toList()),
                // An officer's action continues the correlation of the request the case is about.
                informationCase.correlationId(), null);
        LOG.infof("Decision on %s approved by %s", reference, approver);
        return informationCase;
    }
}
