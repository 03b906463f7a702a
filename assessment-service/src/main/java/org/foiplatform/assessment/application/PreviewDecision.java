package org.foiplatform.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.QuestionDecision;
import org.foiplatform.contracts.events.DecisionApprovedV2;

/**
 * The {@code DecisionApproved} v2 a decision would publish if it were approved today, for the letter preview: from a
 * draft being written (checked by the same rules as {@link DraftDecision}, nothing stored) or from the stored draft
 * an approver is looking at. Nothing is saved and nothing is published.
 */
@ApplicationScoped
public class PreviewDecision {

    /** Stands in for the approver, who is not known yet: no account can have this name. */
    private static final String NOT_YET_APPROVED = "(preview)";

    private final CaseRepository cases;
    private final CostLimits costLimits;
    private final Clocks clocks;
    private final Clock clock;
    private final ZoneId zone;
    private final int reviewWorkingDays;

    public PreviewDecision(CaseRepository cases, CostLimits costLimits, Clocks clocks, Clock clock,
            AssessmentConfig config) {
        this.cases = cases;
        this.costLimits = costLimits;
        this.clocks = clocks;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
        this.reviewWorkingDays = config.reviewRequestWorkingDays();
    }

    /** The decision {@code officer} is drafting; refused as {@link DraftDecision} would refuse it. */
    @Transactional
    public DecisionApprovedV2 ofDraft(String reference, List<QuestionDecision> decisions, String officer) {
        InformationCase informationCase = find(reference);
        informationCase.draftDecision(decisions, costLimits.of(informationCase.regime()), officer, clock.instant());
        return asIfApprovedToday(informationCase);
    }

    /** The draft waiting for approval. */
    @Transactional
    public DecisionApprovedV2 ofStoredDraft(String reference) {
        return asIfApprovedToday(find(reference));
    }

    private DecisionApprovedV2 asIfApprovedToday(InformationCase c) {
        c.approveDecision(NOT_YET_APPROVED, LocalDate.now(clock.withZone(zone)), clock.instant(),
                clocks.current().clock(), reviewWorkingDays);
        DecisionApprovedV2 d = ApproveDecision.approved(c);
        return new DecisionApprovedV2(d.reference(), d.regime(), d.requester(), d.receivedOn(), d.dueDate(),
                d.decidedOn(), d.late(), d.reviewBy(), d.caseOutcome(), d.draftedBy(), null, d.approvedAt(),
                d.questions());
    }

    private InformationCase find(String reference) {
        return cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    }
}
