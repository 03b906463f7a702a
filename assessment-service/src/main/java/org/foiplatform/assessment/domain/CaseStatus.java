package org.foiplatform.assessment.domain;

/** Stored state of a case. Time-derived states such as "overdue" are computed, never stored. */
public enum CaseStatus {
    /** Received and being worked; the statutory clock is running. */
    OPEN,
    /** FOIA s.1(3), EIR reg 9(4), FOISA s.1(3), UK GDPR Art. 12A: waiting for the requester to clarify; the clock is stopped. */
    AWAITING_CLARIFICATION,
    /** FOIA s.9, FOISA s.9, EIR reg 8: a fees notice was given; the clock is stopped until the fee arrives. */
    FEE_PENDING,
    /** Every question has a drafted outcome, waiting for a second officer to approve it; the clock still runs. */
    AWAITING_APPROVAL,
    /** Every question has an approved outcome; the response is being issued. */
    DECISION_APPROVED,
    /** The response letter has been issued (response-service's ResponseIssued). */
    RESPONDED,
    /** The requester withdrew the request. */
    WITHDRAWN,
    /** The requester asked for an internal review of the response; it has a clock of its own. */
    REVIEW_OPEN,
    /** The internal review was decided. */
    REVIEW_DECIDED,
    /** No clarification or fee arrived in time: the authority need not comply. */
    LAPSED;

    /** Waiting for the requester (a clarification or a fee): the clock is stopped and the request may lapse. */
    public boolean clockStopped() {
        return this == AWAITING_CLARIFICATION || this == FEE_PENDING;
    }

    /** Open cases follow the clock: a change of calendar re-dates them. */
    public boolean isOpen() {
        return this == OPEN || this == AWAITING_CLARIFICATION || this == FEE_PENDING || this == AWAITING_APPROVAL;
    }
}
