package org.foiplatform.assessment.domain;

/** An officer's decision on one question, as entered. */
public record QuestionDecision(Integer question, Outcome outcome, String answer) {
}
