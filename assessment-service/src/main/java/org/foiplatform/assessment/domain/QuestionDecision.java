package org.foiplatform.assessment.domain;

import java.util.List;

/**
 * An officer's decision on one question, as entered: the outcome, the answer for the requester and, as the outcome
 * needs, the exemptions cited, the cost estimate (for {@link Outcome#COST_LIMIT}) and advice and assistance (s.16).
 */
public record QuestionDecision(Integer question, Outcome outcome, String answer, List<CitedExemption> exemptions,
        List<CostLimit.Item> costEstimate, String advice) {

    public QuestionDecision {
        exemptions = exemptions == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(exemptions));
    }

    /** A decision with only an outcome and an answer. */
    public QuestionDecision(Integer question, Outcome outcome, String answer) {
        this(question, outcome, answer, List.of(), null, null);
    }
}
