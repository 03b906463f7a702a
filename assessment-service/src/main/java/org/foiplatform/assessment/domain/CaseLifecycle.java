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
        RECORD_RESPONSE,
        WITHDRAW,
        REQUEST_REVIEW,
        EXTEND_REVIEW,
        DECIDE_REVIEW
    }

    private static final Map<CaseStatus, Map<Action, CaseStatus>> TRANSITIONS = Map.of(
            CaseStatus.OPEN, Map.ofEntries(
                    Map.entry(Action.DRAFT_DECISION, CaseStatus.AWAITING_APPROVAL),
                    Map.entry(Action.CHANGE_REGIME, CaseStatus.OPEN),
                    Map.entry(Action.REQUEST_CLARIFICATION, CaseStatus.AWAITING_CLARIFICATION),
                    Map.entry(Action.GIVE_FEES_NOTICE, CaseStatus.FEE_PENDING),
                    Map.entry(Action.EXTEND, CaseStatus.OPEN),
                    Map.entry(Action.REDATE, CaseStatus.OPEN),
                    Map.entry(Action.ASSIGN, CaseStatus.OPEN),
                    Map.entry(Action.ADD_NOTE, CaseStatus.OPEN),
                    Map.entry(Action.WITHDRAW, CaseStatus.WITHDRAWN)),
            CaseStatus.AWAITING_CLARIFICATION, Map.of(
                    Action.RECEIVE_CLARIFICATION, CaseStatus.OPEN,
                    Action.CHANGE_REGIME, CaseStatus.AWAITING_CLARIFICATION,
                    Action.LAPSE, CaseStatus.LAPSED,
                    Action.REDATE, CaseStatus.AWAITING_CLARIFICATION,
                    Action.ASSIGN, CaseStatus.AWAITING_CLARIFICATION,
                    Action.ADD_NOTE, CaseStatus.AWAITING_CLARIFICATION,
                    Action.WITHDRAW, CaseStatus.WITHDRAWN),
            CaseStatus.FEE_PENDING, Map.of(
                    Action.RECEIVE_FEE, CaseStatus.OPEN,
                    Action.CHANGE_REGIME, CaseStatus.FEE_PENDING,
                    Action.LAPSE, CaseStatus.LAPSED,
                    Action.REDATE, CaseStatus.FEE_PENDING,
                    Action.ASSIGN, CaseStatus.FEE_PENDING,
                    Action.ADD_NOTE, CaseStatus.FEE_PENDING,
                    Action.WITHDRAW, CaseStatus.WITHDRAWN),
            // A new draft replaces the one waiting; the approver approves it or returns it with comments.
            CaseStatus.AWAITING_APPROVAL, Map.of(
                    Action.DRAFT_DECISION, CaseStatus.AWAITING_APPROVAL,
                    Action.APPROVE_DECISION, CaseStatus.DECISION_APPROVED,
                    Action.RETURN_DECISION, CaseStatus.OPEN,
                    Action.REDATE, CaseStatus.AWAITING_APPROVAL,
                    Action.ASSIGN, CaseStatus.AWAITING_APPROVAL,
                    Action.ADD_NOTE, CaseStatus.AWAITING_APPROVAL,
                    Action.WITHDRAW, CaseStatus.WITHDRAWN),
            // A closed case takes notes only.
            CaseStatus.DECISION_APPROVED, Map.of(Action.ADD_NOTE, CaseStatus.DECISION_APPROVED,
                    Action.RECORD_RESPONSE, CaseStatus.RESPONDED,
                    Action.REQUEST_REVIEW, CaseStatus.REVIEW_OPEN),
            // A letter issued again (a new version) is recorded too.
            CaseStatus.RESPONDED, Map.of(Action.ADD_NOTE, CaseStatus.RESPONDED,
                    Action.RECORD_RESPONSE, CaseStatus.RESPONDED,
                    Action.REQUEST_REVIEW, CaseStatus.REVIEW_OPEN),
            // The review has its own clock (20 working days); the reviewer is neither drafter nor approver.
            CaseStatus.REVIEW_OPEN, Map.of(Action.ADD_NOTE, CaseStatus.REVIEW_OPEN,
                    Action.ASSIGN, CaseStatus.REVIEW_OPEN,
                    Action.RECORD_RESPONSE, CaseStatus.REVIEW_OPEN,
                    Action.EXTEND_REVIEW, CaseStatus.REVIEW_OPEN,
                    Action.DECIDE_REVIEW, CaseStatus.REVIEW_DECIDED),
            CaseStatus.REVIEW_DECIDED, Map.of(Action.ADD_NOTE, CaseStatus.REVIEW_DECIDED,
                    Action.RECORD_RESPONSE, CaseStatus.REVIEW_DECIDED),
            CaseStatus.WITHDRAWN, Map.of(Action.ADD_NOTE, CaseStatus.WITHDRAWN),
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
