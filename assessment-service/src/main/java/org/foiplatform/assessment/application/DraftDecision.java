package org.foiplatform.assessment.application;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.QuestionDecision;
import org.jboss.logging.Logger;

/**
 * An officer records the draft decision on every question; it replaces any earlier draft and waits for a second
 * officer's approval. Nothing is published until then.
 */
@ApplicationScoped
public class DraftDecision {

    private static final Logger LOG = Logger.getLogger(DraftDecision.class);

    private final CaseRepository cases;
    private final CostLimits costLimits;
    private final AuditTrail audit;
    private final org.foiplatform.messaging.EventRecorder events;
    private final Clock clock;
    private final FindRelatedRequests related;

    public DraftDecision(CaseRepository cases, CostLimits costLimits, AuditTrail audit,
            org.foiplatform.messaging.EventRecorder events, Clock clock, FindRelatedRequests related) {
        this.cases = cases;
        this.related = related;
        this.costLimits = costLimits;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public InformationCase draft(String reference, List<QuestionDecision> decisions, String officer) {
        InformationCase informationCase = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        informationCase.draftDecision(decisions, costLimits.of(informationCase.regime()),
                related.aggregable(informationCase), officer, clock.instant());
        cases.update(informationCase);
        audit.record(officer, "DECISION_DRAFTED", reference, "outcome " + informationCase.outcome(), null);
        // Four eyes: the approvers are told that a decision waits for them (notification-service's
        // officer-approval-requested email).
        events.record(org.foiplatform.contracts.EventType.DECISION_SUBMITTED, reference,
                new org.foiplatform.contracts.events.DecisionSubmitted(reference, informationCase.regime().name(),
                        officer, informationCase.outcome().name(), informationCase.questions().size(),
                        informationCase.dueDate()));
        LOG.infof("Decision on %s drafted by %s (%s)", reference, officer, informationCase.outcome());
        return informationCase;
    }
}
