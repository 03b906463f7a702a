package org.foiplatform.assessment.domain;

/** Stored state of a case. Time-derived states such as "overdue" are computed, never stored. */
public enum CaseStatus {
    /** Received and being worked; the statutory clock is running. */
    OPEN,
    /** Every question has an approved outcome; the response is being issued. */
    DECISION_APPROVED
}
