package org.foiplatform.assessment.domain;

import java.util.List;

/** A decision that does not give exactly one outcome, with an answer, for every question. */
public class InvalidDecisionException extends RuntimeException {

    private final transient List<DecisionProblem> problems;

    public InvalidDecisionException(List<DecisionProblem> problems) {
        super("Invalid decision: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<DecisionProblem> problems() {
        return problems;
    }
}
