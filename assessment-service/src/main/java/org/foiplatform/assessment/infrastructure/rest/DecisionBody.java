package org.foiplatform.assessment.infrastructure.rest;

import java.util.List;

import org.foiplatform.assessment.domain.Outcome;

/** An officer's decision: one outcome and answer per question of the request. */
public record DecisionBody(List<QuestionOutcomeBody> outcomes) {

    public record QuestionOutcomeBody(Integer question, Outcome outcome, String answer) {
    }
}
