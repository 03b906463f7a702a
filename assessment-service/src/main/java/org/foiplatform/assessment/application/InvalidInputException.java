package org.foiplatform.assessment.application;

import java.util.List;

import org.foiplatform.assessment.domain.DecisionProblem;

/** Input that cannot be used, naming each field (or query parameter) at fault. */
public class InvalidInputException extends RuntimeException {

    private final transient List<DecisionProblem> problems;
    private final String title;

    public InvalidInputException(String title, List<DecisionProblem> problems) {
        super(title + ": " + problems);
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    public String title() {
        return title;
    }

    public List<DecisionProblem> problems() {
        return problems;
    }
}
