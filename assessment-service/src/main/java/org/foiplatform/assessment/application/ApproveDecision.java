package org.foiplatform.assessment.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.CitedExemption;
import org.foiplatform.assessment.domain.CostLimit;
import org.foiplatform.assessment.domain.Exemption;
import org.foiplatform.assessment.domain.ExemptionCatalogue;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.messaging.EventRecorder;
import org.jboss.logging.Logger;

/**
 * A second officer approves the draft decision, which publishes {@code DecisionApproved} v2 with all the letter
 * needs, or returns it to the officer with comments. The drafter can do neither (four eyes).
 */
@ApplicationScoped
public class ApproveDecision {

    private static final Logger LOG = Logger.getLogger(ApproveDecision.class);

    private final CaseRepository cases;
    private final EventRecorder events;
    private final Clocks clocks;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;
    private final int reviewWorkingDays;

    public ApproveDecision(CaseRepository cases, EventRecorder events, Clocks clocks, AuditTrail audit, Clock clock,
            AssessmentConfig config) {
        this.cases = cases;
        this.events = events;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
        this.reviewWorkingDays = config.reviewRequestWorkingDays();
    }

    @Transactional
    public InformationCase approve(String reference, String approver) {
        InformationCase informationCase = find(reference);
        informationCase.approveDecision(approver, LocalDate.now(clock.withZone(zone)), clock.instant(),
                clocks.current().clock(), reviewWorkingDays);
        cases.update(informationCase);
        // An officer's action continues the correlation of the request the case is about.
        events.record(EventType.DECISION_APPROVED_V2, reference, approved(informationCase),
                informationCase.correlationId(), null);
        audit.record(approver, "DECISION_APPROVED", reference, "drafted by " + informationCase.decision().draftedBy()
                + "; outcome " + informationCase.outcome() + (informationCase.late() ? "; late" : ""), null);
        LOG.infof("Decision on %s drafted by %s approved by %s", reference, informationCase.decision().draftedBy(),
                approver);
        return informationCase;
    }

    @Transactional
    public InformationCase returnToOfficer(String reference, String approver, String comments) {
        InformationCase informationCase = find(reference);
        informationCase.returnDecision(approver, comments, clock.instant());
        cases.update(informationCase);
        audit.record(approver, "DECISION_RETURNED", reference, "to " + informationCase.decision().draftedBy(), null);
        LOG.infof("Decision on %s returned to %s by %s", reference, informationCase.decision().draftedBy(), approver);
        return informationCase;
    }

    private InformationCase find(String reference) {
        return cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    }

    static DecisionApprovedV2 approved(InformationCase c) {
        return new DecisionApprovedV2(c.reference(), c.regime().name(),
                new DecisionApprovedV2.Requester(c.requesterName()), c.receivedOn(), c.dueDate(),
                c.decision().decidedOn(), c.late(), c.decision().reviewBy(), c.outcome().name(),
                c.decision().draftedBy(), c.decision().approvedBy(), c.decision().approvedAt(),
                c.questions().stream().map(q -> question(c.regime(), q)).toList());
    }

    private static DecisionApprovedV2.Question question(Regime regime, CaseQuestion q) {
        return new DecisionApprovedV2.Question(q.number(), q.text(), q.outcome().name(), q.answer(),
                q.exemptions().stream().map(ApproveDecision::exemption).toList(),
                q.costEstimate() == null ? null : estimate(regime, q.costEstimate()), q.advice());
    }

    private static DecisionApprovedV2.Exemption exemption(CitedExemption e) {
        Exemption listed = ExemptionCatalogue.find(e.provision()).orElseThrow();
        CitedExemption.PublicInterest test = e.publicInterest();
        return new DecisionApprovedV2.Exemption(listed.provision(), listed.title(), listed.absolute(), e.reason(),
                e.availableAt(), test == null ? null : new DecisionApprovedV2.PublicInterest(test.forDisclosure(),
                        test.againstDisclosure(), test.conclusion()));
    }

    private static DecisionApprovedV2.CostEstimate estimate(Regime regime, CostLimit.Estimate e) {
        BigDecimal sixty = BigDecimal.valueOf(60);
        List<DecisionApprovedV2.Item> items = e.items().stream().map(i -> new DecisionApprovedV2.Item(
                i.activity().name(), i.units(), CostLimit.plain(i.minutesPerUnit()),
                CostLimit.plain(i.minutes().divide(sixty, 2, java.math.RoundingMode.HALF_UP)), i.explanation().strip(),
                i.request()))
                .toList();
        return new DecisionApprovedV2.CostEstimate(regulations(regime), items, e.hours(),
                CostLimit.pounds(e.costPence()), CostLimit.pounds(e.limitPence()), e.limitHours(),
                CostLimit.pounds(e.pencePerHour()));
    }

    private static String regulations(Regime regime) {
        return regime == Regime.FOISA
                ? "The Freedom of Information (Fees for Required Disclosure) (Scotland) Regulations 2004"
                : "The Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004";
    }
}
