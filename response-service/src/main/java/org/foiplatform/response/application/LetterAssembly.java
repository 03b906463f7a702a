package org.foiplatform.response.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

import org.foiplatform.contracts.events.DecisionApproved;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.contracts.events.ReviewDecided;
import org.foiplatform.response.domain.Authority;
import org.foiplatform.response.domain.LegalFramework;
import org.foiplatform.response.domain.LetterContent;
import org.foiplatform.response.domain.LetterKind;
import org.foiplatform.response.domain.OutcomeWording;

/** Turns what assessment-service decided into a letter's content. No side effects: the preview uses it too. */
public final class LetterAssembly {

    private LetterAssembly() {
    }

    public static String subject(LetterKind kind, String reference) {
        return kind == LetterKind.REVIEW ? "The internal review of your request " + reference
                : "Your request for information " + reference;
    }

    /** Version 1: outcomes and answers only, under FOIA, dated the day it is handled. */
    public static LetterContent decision(DecisionApproved decision, Authority authority, LocalDate today) {
        LegalFramework law = LegalFramework.of("FOIA");
        return new LetterContent(LetterKind.DECISION, decision.reference(), "FOIA", today, authority,
                subject(LetterKind.DECISION, decision.reference()), null, null, null, false, null, null,
                decision.outcomes().stream().map(o -> new LetterContent.Answer(o.number(), o.question(), o.outcome(),
                        OutcomeWording.of(o.outcome(), law), o.answer(), null, null, null)).toList(), null);
    }

    /** Version 2: everything the letter says comes with it. {@code workingDaysLate} may be null. */
    public static LetterContent decision(DecisionApprovedV2 decision, Authority authority, Integer workingDaysLate) {
        LegalFramework law = LegalFramework.of(decision.regime());
        return new LetterContent(LetterKind.DECISION, decision.reference(), decision.regime(), decision.decidedOn(),
                authority, subject(LetterKind.DECISION, decision.reference()), decision.requester().name(),
                decision.receivedOn(), decision.dueDate(), decision.late(), decision.late() ? workingDaysLate : null,
                decision.reviewBy(), decision.questions().stream().map(q -> answer(q, law)).toList(), null);
    }

    /** An internal review's outcome, addressed as the decision letter was ({@code requesterName} from it). */
    public static LetterContent review(ReviewDecided review, Authority authority, String requesterName,
            LocalDate receivedOn) {
        return new LetterContent(LetterKind.REVIEW, review.reference(), review.regime(), review.decidedOn(), authority,
                subject(LetterKind.REVIEW, review.reference()), requesterName, receivedOn, review.dueDate(),
                review.late(), null, null, java.util.List.of(), new LetterContent.ReviewOutcome(review.requestedOn(),
                        review.dueDate(), review.decidedOn(), review.late(), review.outcome(),
                        OutcomeWording.ofReview(review.outcome()), review.questions().stream()
                                .map(q -> new LetterContent.Finding(q.number(), q.question(), q.originalOutcome(),
                                        q.finding(), OutcomeWording.ofReview(q.finding()), q.reasons()))
                                .toList()));
    }

    private static LetterContent.Answer answer(DecisionApprovedV2.Question q, LegalFramework law) {
        return new LetterContent.Answer(q.number(), q.question(), q.outcome(), OutcomeWording.of(q.outcome(), law),
                q.answer(), q.exemptions().stream().map(e -> new LetterContent.Citation(e.provision(), e.title(),
                        e.absolute(), e.reason(), e.availableAt(),
                        e.publicInterest() == null ? null : e.publicInterest().forDisclosure(),
                        e.publicInterest() == null ? null : e.publicInterest().againstDisclosure(),
                        e.publicInterest() == null ? null : e.publicInterest().conclusion())).toList(),
                estimate(q.costEstimate()), q.advice());
    }

    private static LetterContent.Estimate estimate(DecisionApprovedV2.CostEstimate e) {
        if (e == null) {
            return null;
        }
        return new LetterContent.Estimate(e.regulations(), e.items().stream().map(i -> new LetterContent.Line(
                i.activity() == null ? null : i.activity().toLowerCase(Locale.UK).replace('_', ' '), i.units(),
                plain(i.minutesPerUnit()), plain(i.hours()), i.explanation(), i.request())).toList(), plain(e.hours()),
                money(e.costPounds()), money(e.limitPounds()), plain(e.limitHours()), money(e.poundsPerHour()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** Pounds as a letter writes them: £450, £10,833.33. */
    static String money(BigDecimal pounds) {
        if (pounds == null) {
            return null;
        }
        String text = String.format(Locale.UK, "£%,.2f", pounds.setScale(2, RoundingMode.HALF_UP));
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }
}
