package org.foiplatform.assessment.domain;

import java.util.List;

/** A clock action that the law or the case's history does not allow, naming the field at fault. */
public class InvalidClockActionException extends RuntimeException {

    private final transient List<DecisionProblem> problems;

    public InvalidClockActionException(String field, String reason) {
        super(field + ": " + reason);
        this.problems = List.of(new DecisionProblem(field, reason));
    }

    public List<DecisionProblem> problems() {
        return problems;
    }
}
