package org.foiplatform.assessment.infrastructure.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.foiplatform.assessment.domain.CalendarNotCoveredException;
import org.foiplatform.assessment.domain.CaseOutcome;
import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.CitedExemption;
import org.foiplatform.assessment.domain.CostLimit;
import org.foiplatform.assessment.domain.Decision;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.StatutoryClock;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A case as the officer dashboard and API show it: the due date with its reasons, the decision (drafted, approved)
 * with each question's outcome and what it cites, and the timeline.
 */
public record CaseView(String reference, String regime, String status, LocalDate receivedOn, LocalDate dueDate,
        int workingDays, DeadlineView deadline, String outcome, String draftedBy, Instant draftedAt,
        String approvedBy, Instant approvedAt, LocalDate decidedOn, boolean late, LocalDate reviewBy,
        String team, String assignee, org.foiplatform.assessment.domain.Review review, List<QuestionView> questions,
        List<TimelineView> timeline) {

    public record QuestionView(int number, String text, String outcome, String answer, List<ExemptionView> exemptions,
            EstimateView costEstimate, String advice) {
        static QuestionView of(CaseQuestion q) {
            return new QuestionView(q.number(), q.text(), q.outcome() == null ? null : q.outcome().name(), q.answer(),
                    q.exemptions().stream().map(ExemptionView::of).toList(), EstimateView.of(q.costEstimate()),
                    q.advice());
        }
    }

    public record ExemptionView(String provision, String reason, String availableAt, PublicInterestView publicInterest) {
        static ExemptionView of(CitedExemption e) {
            CitedExemption.PublicInterest test = e.publicInterest();
            return new ExemptionView(e.provision(), e.reason(), e.availableAt(), test == null ? null
                    : new PublicInterestView(test.forDisclosure(), test.againstDisclosure(), test.conclusion()));
        }
    }

    public record PublicInterestView(@JsonProperty("for") String forDisclosure,
            @JsonProperty("against") String againstDisclosure, String conclusion) {
    }

    public record EstimateView(List<CostLimit.Item> items, BigDecimal hours, BigDecimal costPounds,
            BigDecimal limitPounds, BigDecimal limitHours) {
        static EstimateView of(CostLimit.Estimate e) {
            return e == null ? null : new EstimateView(e.items(), e.hours(), CostLimit.pounds(e.costPence()),
                    CostLimit.pounds(e.limitPence()), e.limitHours());
        }
    }

    public record TimelineView(Instant at, String what, String detail, String actor, LocalDate previousDueDate,
            LocalDate dueDate) {
    }

    static CaseView of(InformationCase c, StatutoryClock clock) {
        DeadlineView deadline;
        try {
            // Open cases show the reasons for their date; a closed case keeps the date it had.
            deadline = c.status().isOpen() ? DeadlineView.of(c.deadline(clock)) : null;
        } catch (CalendarNotCoveredException e) {
            deadline = null;
        }
        CaseOutcome outcome = c.outcome();
        Decision d = c.decision();
        return new CaseView(c.reference(), c.regime().name(), c.status().name(), c.receivedOn(), c.dueDate(),
                c.workingDays(), deadline, outcome == null ? null : outcome.name(), d.draftedBy(), d.draftedAt(),
                d.approvedBy(), d.approvedAt(), d.decidedOn(), c.late(), d.reviewBy(), c.assignment().team(),
                c.assignment().officer(), c.review(),
                c.questions().stream().map(QuestionView::of).toList(),
                c.timeline().stream().map(t -> new TimelineView(t.at(), t.what(), t.detail(), t.actor(),
                        t.previousDueDate(), t.dueDate())).toList());
    }
}
