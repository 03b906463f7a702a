package org.foiplatform.intake.application;

import java.util.List;

import org.foiplatform.intake.domain.Violation;

/** A submission that is not a valid request; nothing has been stored. */
public class InvalidSubmissionException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidSubmissionException(List<Violation> violations) {
        super("Invalid request: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
