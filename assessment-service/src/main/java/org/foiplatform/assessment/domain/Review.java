package org.foiplatform.assessment.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An internal review of a case's response: asked for on {@code requestedOn} with the requester's grounds, due
 * {@code dueDate} (20 working days: the FOIA Code of Practice para 5.4, EIR reg 11(4), FOISA s.21(1)), and once
 * decided, by whom, when, and the finding for each question with its reasons.
 */
public record Review(LocalDate requestedOn, String grounds, LocalDate dueDate, String reviewer, LocalDate decidedOn,
        Finding outcome, List<QuestionFinding> findings) {

    public Review {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** What the review found about the original outcome. */
    public enum Finding {
        UPHELD,
        PARTLY_OVERTURNED,
        OVERTURNED
    }

    /** The review's finding for one question, and why. */
    public record QuestionFinding(Integer question, Finding finding, String reasons) {
    }

    public static Review requested(LocalDate on, String grounds, LocalDate dueDate) {
        return new Review(on, grounds, dueDate, null, null, null, List.of());
    }

    /** The review given longer: due on {@code newDue}, why said on the timeline. */
    public Review extended(LocalDate newDue) {
        return new Review(requestedOn, grounds, newDue, reviewer, decidedOn, outcome, findings);
    }

    public Review decided(String by, LocalDate on, Finding overall, List<QuestionFinding> each) {
        return new Review(requestedOn, grounds, dueDate, by, on, overall, each);
    }

    public boolean late() {
        return decidedOn != null && dueDate != null && decidedOn.isAfter(dueDate);
    }

    /** The review as a whole: upheld or overturned only if every question was; partly otherwise. */
    public static Finding overall(List<QuestionFinding> findings) {
        if (findings.stream().allMatch(f -> f.finding() == Finding.UPHELD)) {
            return Finding.UPHELD;
        }
        if (findings.stream().allMatch(f -> f.finding() == Finding.OVERTURNED)) {
            return Finding.OVERTURNED;
        }
        return Finding.PARTLY_OVERTURNED;
    }
}
