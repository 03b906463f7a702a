package org.foiplatform.assessment.domain;

/** An action that the case's current status does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final CaseStatus from;
    private final CaseLifecycle.Action action;

    public IllegalTransitionException(CaseStatus from, CaseLifecycle.Action action) {
        super("A case that is " + from + " cannot " + action);
        this.from = from;
        this.action = action;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseLifecycle.Action action() {
        return action;
    }
}
