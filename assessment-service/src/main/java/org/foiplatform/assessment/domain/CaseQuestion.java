package org.foiplatform.assessment.domain;

import java.util.List;

/**
 * A question of the request and, once decided, its outcome, the answer given and what the outcome needs: the
 * exemptions cited with their reasons and tests (FOIA s.17), the cost estimate for a s.12 refusal, and any advice
 * and assistance (s.16).
 */
public record CaseQuestion(int number, String text, Outcome outcome, String answer, List<CitedExemption> exemptions,
        CostLimit.Estimate costEstimate, String advice) {

    public CaseQuestion {
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
    }

    /** A question not decided yet. */
    public static CaseQuestion asked(int number, String text) {
        return new CaseQuestion(number, text, null, null, List.of(), null, null);
    }

    public CaseQuestion decided(QuestionDecision decision, CostLimit.Estimate estimate) {
        return new CaseQuestion(number, text, decision.outcome(), decision.answer().strip(),
                decision.exemptions().stream().map(CitedExemption::stripped).toList(), estimate,
                decision.advice() == null || decision.advice().isBlank() ? null : decision.advice().strip());
    }
}
