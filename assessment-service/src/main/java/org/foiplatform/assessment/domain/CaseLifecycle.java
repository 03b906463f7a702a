package org.foiplatform.assessment.domain;

import java.util.Map;
import java.util.Set;

/**
 * The one state machine of a case: which action is allowed in which status, and where it leads.
 * Every change of status goes through {@link #next}; an action not listed here is refused.
 */
public final class CaseLifecycle {

    public enum Action {
        APPROVE_DECISION
    }

    private static final Map<CaseStatus, Map<Action, CaseStatus>> TRANSITIONS = Map.of(
            CaseStatus.OPEN, Map.of(Action.APPROVE_DECISION, CaseStatus.DECISION_APPROVED),
            CaseStatus.DECISION_APPROVED, Map.of());

    private CaseLifecycle() {
    }

    public static CaseStatus next(CaseStatus from, Action action) {
        CaseStatus to = TRANSITIONS.getOrDefault(from, Map.of()).get(action);
        if (to == null) {
            throw new IllegalTransitionException(from, action);
        }
        return to;
    }

    public static Set<Action> allowedIn(CaseStatus status) {
        return TRANSITIONS.getOrDefault(status, Map.of()).keySet();
    }
}
