package org.foiplatform.assessment.domain;

import java.util.Map;
import java.util.Set;

/**
 * The one state machine of a case: which action is allowed in which status, and where it leads.
 * Every change of status goes through {@link #next}; an action not listed here is refused.
 */
public final class CaseLifecycle {

    public enum Action {
        DRAFT_DECISION,
        APPROVE_DECISION,
        RETURN_DECISION,
        CHANGE_REGIME,
        REQUEST_CLARIFICATION,
        RECEIVE_CLARIFICATION,
        GIVE_FEES_NOTICE,
        RECEIVE_FEE,
        EXTEND,
        LAPSE,
        REDATE,
        ASSIGN,
        ADD_NOTE,
        RECORD_RESPONSE
    }

    private static final Map<CaseStatus, Map<Action, CaseStatus>> TRANSITIONS = Map.of(
            CaseStatus.OPEN, Map.of(
                    Action.DRAFT_DECISION, CaseStatus.AWAITING_APPROVAL,
                    Action.CHANGE_REGIME, CaseStatus.OPEN,
                    Action.REQUEST_CLARIFICATION, CaseStatus.AWAITING_CLARIFICATION,
                    Action.GIVE_FEES_NOTICE, CaseStatus.FEE_PENDING,
                    Action.EXTEND, CaseStatus.OPEN,
                    Action.REDATE, CaseStatus.OPEN,
                    Action.ASSIGN, CaseStatus.OPEN,
                    Action.ADD_NOTE, CaseStatus.OPEN),
            CaseStatus.AWAITING_CLARIFICATION, Map.of(
                    Action.RECEIVE_CLARIFICATION, CaseStatus.OPEN,
                    Action.CHANGE_REGIME, CaseStatus.AWAITING_CLARIFICATION,
                    Action.LAPSE, CaseStatus.LAPSED,
                    Action.REDATE, CaseStatus.AWAITING_CLARIFICATION,
                    Action.ASSIGN, CaseStatus.AWAITING_CLARIFICATION,
                    Action.ADD_NOTE, CaseStatus.AWAITING_CLARIFICATION),
            CaseStatus.FEE_PENDING, Map.of(
                    Action.RECEIVE_FEE, CaseStatus.OPEN,
                    Action.CHANGE_REGIME, CaseStatus.FEE_PENDING,
                    Action.LAPSE, CaseStatus.LAPSED,
                    Action.REDATE, CaseStatus.FEE_PENDING,
                    Action.ASSIGN, CaseStatus.FEE_PENDING,
                    Action.ADD_NOTE, CaseStatus.FEE_PENDING),
            // A new draft replaces the one waiting; the approver approves it or returns it with comments.
            CaseStatus.AWAITING_APPROVAL, Map.of(
                    Action.DRAFT_DECISION, CaseStatus.AWAITING_APPROVAL,
                    Action.APPROVE_DECISION, CaseStatus.DECISION_APPROVED,
                    Action.RETURN_DECISION, CaseStatus.OPEN,
                    Action.REDATE, CaseStatus.AWAITING_APPROVAL,
                    Action.ASSIGN, CaseStatus.AWAITING_APPROVAL,
                    Action.ADD_NOTE, CaseStatus.AWAITING_APPROVAL),
            // A closed case takes notes only.
            CaseStatus.DECISION_APPROVED, Map.of(Action.ADD_NOTE, CaseStatus.DECISION_APPROVED,
                    Action.RECORD_RESPONSE, CaseStatus.RESPONDED),
            // A letter issued again (a new version) is recorded too.
            CaseStatus.RESPONDED, Map.of(Action.ADD_NOTE, CaseStatus.RESPONDED,
                    Action.RECORD_RESPONSE, CaseStatus.RESPONDED),
            CaseStatus.LAPSED, Map.of(Action.ADD_NOTE, CaseStatus.LAPSED));

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
