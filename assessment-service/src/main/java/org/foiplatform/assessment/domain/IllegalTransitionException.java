package org.foiplatform.assessment.domain;

/** An action that the case's current status does not allow. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(CaseStatus from, CaseLifecycle.Action action) {
        super("A case that is " + from + " cannot " + action);
    }
}
