package org.foiplatform.assessment.domain;

/** Why a decision cannot be recorded, naming the field at fault. */
public record DecisionProblem(String field, String reason) {
}
