package org.foiplatform.assessment.domain;

import java.util.EnumMap;
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
        /** response-service held the letter back: a blocking compliance rule failed, and nothing was sent. */
        LETTER_BLOCKED,
        WITHDRAW,
        REQUEST_REVIEW,
        EXTEND_REVIEW,
        DECIDE_REVIEW
    }

    private static final Map<CaseStatus, Map<Action, CaseStatus>> TRANSITIONS = Map.of(
            CaseStatus.OPEN, open(CaseStatus.OPEN, Map.of(
                    Action.DRAFT_DECISION, CaseStatus.AWAITING_APPROVAL,
                    Action.CHANGE_REGIME, CaseStatus.OPEN,
                    Action.REQUEST_CLARIFICATION, CaseStatus.AWAITING_CLARIFICATION,
                    Action.GIVE_FEES_NOTICE, CaseStatus.FEE_PENDING,
                    Action.EXTEND, CaseStatus.OPEN)),
            CaseStatus.AWAITING_CLARIFICATION, open(CaseStatus.AWAITING_CLARIFICATION, Map.of(
                    Action.RECEIVE_CLARIFICATION, CaseStatus.OPEN,
                    Action.CHANGE_REGIME, CaseStatus.AWAITING_CLARIFICATION,
                    Action.LAPSE, CaseStatus.LAPSED)),
            CaseStatus.FEE_PENDING, open(CaseStatus.FEE_PENDING, Map.of(
                    Action.RECEIVE_FEE, CaseStatus.OPEN,
                    Action.CHANGE_REGIME, CaseStatus.FEE_PENDING,
                    Action.LAPSE, CaseStatus.LAPSED)),
            // A new draft replaces the one waiting; the approver approves it or returns it with comments.
            CaseStatus.AWAITING_APPROVAL, open(CaseStatus.AWAITING_APPROVAL, Map.of(
                    Action.DRAFT_DECISION, CaseStatus.AWAITING_APPROVAL,
                    Action.APPROVE_DECISION, CaseStatus.DECISION_APPROVED,
                    Action.RETURN_DECISION, CaseStatus.OPEN)),
            // A blocked letter sends the case back to be put right and approved again: nothing reached the requester.
            CaseStatus.DECISION_APPROVED, withNotes(CaseStatus.DECISION_APPROVED, Map.of(
                    Action.RECORD_RESPONSE, CaseStatus.RESPONDED,
                    Action.LETTER_BLOCKED, CaseStatus.OPEN,
                    Action.REQUEST_REVIEW, CaseStatus.REVIEW_OPEN)),
            // A letter issued again (a new version) is recorded too.
            CaseStatus.RESPONDED, withNotes(CaseStatus.RESPONDED, Map.of(
                    Action.RECORD_RESPONSE, CaseStatus.RESPONDED,
                    Action.REQUEST_REVIEW, CaseStatus.REVIEW_OPEN)),
            // The review has its own clock (20 working days); the reviewer is neither drafter nor approver.
            CaseStatus.REVIEW_OPEN, withNotes(CaseStatus.REVIEW_OPEN, Map.of(
                    Action.ASSIGN, CaseStatus.REVIEW_OPEN,
                    Action.RECORD_RESPONSE, CaseStatus.REVIEW_OPEN,
                    Action.EXTEND_REVIEW, CaseStatus.REVIEW_OPEN,
                    Action.DECIDE_REVIEW, CaseStatus.REVIEW_DECIDED)),
            CaseStatus.REVIEW_DECIDED, withNotes(CaseStatus.REVIEW_DECIDED, Map.of(
                    Action.RECORD_RESPONSE, CaseStatus.REVIEW_DECIDED,
                    Action.LETTER_BLOCKED, CaseStatus.REVIEW_OPEN)),
            // A closed case takes notes only.
            CaseStatus.WITHDRAWN, withNotes(CaseStatus.WITHDRAWN, Map.of()),
            CaseStatus.LAPSED, withNotes(CaseStatus.LAPSED, Map.of()));

    /**
     * What every open status allows besides its own actions: re-dating, assignment and notes (staying where it is),
     * and the requester's withdrawal.
     */
    private static Map<Action, CaseStatus> open(CaseStatus status, Map<Action, CaseStatus> own) {
        Map<Action, CaseStatus> all = new EnumMap<>(Action.class);
        all.putAll(withNotes(status, own));
        all.put(Action.REDATE, status);
        all.put(Action.ASSIGN, status);
        all.put(Action.WITHDRAW, CaseStatus.WITHDRAWN);
        return Map.copyOf(all);
    }

    /** Every status takes a note. */
    private static Map<Action, CaseStatus> withNotes(CaseStatus status, Map<Action, CaseStatus> own) {
        Map<Action, CaseStatus> all = new EnumMap<>(Action.class);
        all.putAll(own);
        all.put(Action.ADD_NOTE, status);
        return Map.copyOf(all);
    }

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
