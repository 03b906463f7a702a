package org.foiplatform.assessment.infrastructure.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.CitedExemption;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.assessment.domain.Review;

/**
 * The case page's internal review: the requester's grounds and the review's due date (FOIA Code of Practice para
 * 5.4, EIR reg 11(4), FOISA s.21(1)), and per question the original decision beside the reviewer's finding (upheld,
 * partly overturned or overturned) and reasons. Fields are named {@code finding-<question>} and
 * {@code reasons-<question>}. The reviewer may be neither the officer who drafted the original decision nor the one
 * who approved it: the page says so, and {@link InformationCase#decideReview} refuses it.
 */
final class ReviewForm {

    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern
            .compile("outcomes\\[(\\d+)]\\.?([A-Za-z]*)");

    private ReviewForm() {
    }

    /** One question: the original decision, and the review's finding as typed or as decided. */
    public record Question(int number, String text, String outcome, String answer, List<String> exemptions,
            String advice, List<DecisionForm.Choice> findings, String reasons, String decided, String findingError,
            String reasonsError) {
    }

    /** The review as the page shows it; {@code barred} says why the signed-in officer may not decide it. */
    public record Model(String requestedOn, String grounds, String due, boolean open, String reviewer,
            String decidedOn, String outcome, boolean late, String barred, List<Question> questions,
            boolean extendable, String extensionReason) {
    }

    /** The review of {@code c}, or null if none was asked for. */
    static Model of(InformationCase c, String me, MultivaluedMap<String, String> form, Map<String, String> errors) {
        Review review = c.review();
        if (review == null) {
            return null;
        }
        String barred = null;
        if (me.equals(c.decision().draftedBy()) || me.equals(c.decision().approvedBy())) {
            barred = "You " + (me.equals(c.decision().draftedBy()) ? "drafted" : "approved")
                    + " the decision under review: another officer must review it";
        }
        List<Question> questions = new ArrayList<>();
        for (CaseQuestion q : c.questions()) {
            int n = q.number();
            Review.QuestionFinding decided = review.findings().stream().filter(f -> f.question() == n).findFirst()
                    .orElse(null);
            String chosen = form != null ? DecisionForm.value(form, "finding-" + n) : "";
            List<DecisionForm.Choice> findings = new ArrayList<>();
            for (Review.Finding f : Review.Finding.values()) {
                findings.add(new DecisionForm.Choice(f.name(), finding(f), f.name().equals(chosen)));
            }
            List<String> exemptions = q.exemptions().stream().map(ReviewForm::cited).toList();
            questions.add(new Question(n, q.text(), q.outcome() == null ? "Not decided" : CasePages.outcome(q.outcome()),
                    DecisionForm.nullToEmpty(q.answer()), exemptions, q.advice(), findings,
                    form != null ? DecisionForm.value(form, "reasons-" + n) : "",
                    decided == null ? null : finding(decided.finding()) + ": " + decided.reasons(),
                    errors.get("finding-" + n), errors.get("reasons-" + n)));
        }
        return new Model(Pages.day(review.requestedOn()), review.grounds(), Pages.day(review.dueDate()),
                c.status() == CaseStatus.REVIEW_OPEN, review.reviewer(), Pages.day(review.decidedOn()),
                review.outcome() == null ? null : finding(review.outcome()), review.late(), barred, questions,
                c.status() == CaseStatus.REVIEW_OPEN && c.regime() == Regime.FOIA,
                form != null ? DecisionForm.value(form, "review-reason") : "");
    }

    /** The findings as the form gives them, one per question in order. */
    static List<Review.QuestionFinding> findings(InformationCase c, MultivaluedMap<String, String> form) {
        return c.questions().stream().map(q -> new Review.QuestionFinding(q.number(),
                DecisionForm.enumOrNull(Review.Finding.class, form.getFirst("finding-" + q.number())),
                form.getFirst("reasons-" + q.number()))).toList();
    }

    /** The field of the page that shows a problem {@link InformationCase#decideReview} named. */
    static String fieldOf(InformationCase c, String field) {
        java.util.regex.Matcher m = FIELD.matcher(field);
        int first = c.questions().get(0).number();
        if (!m.matches()) {
            return "finding-" + first;
        }
        int index = Integer.parseInt(m.group(1));
        int n = index < c.questions().size() ? c.questions().get(index).number() : first;
        return ("reasons".equals(m.group(2)) ? "reasons-" : "finding-") + n;
    }

    static String finding(Review.Finding f) {
        return switch (f) {
            case UPHELD -> "Upheld";
            case PARTLY_OVERTURNED -> "Partly overturned";
            case OVERTURNED -> "Overturned";
        };
    }

    private static String cited(CitedExemption e) {
        return e.provision() + (e.reason() == null ? "" : ": " + e.reason())
                + (e.availableAt() == null ? "" : " (available at " + e.availableAt() + ")");
    }
}
