package org.foiplatform.response.application;

import java.util.List;

/** Input that cannot be accepted, naming each field and what is wrong with it. Nothing is stored. */
public class InvalidInputException extends RuntimeException {

    /** One field and what is wrong with it. */
    public record FieldProblem(String field, String problem) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
