package org.foiplatform.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who drafted a case's decision and when, and, once a second officer approved it, who and when, the date of the
 * response it makes and the last day to ask for an internal review of it.
 */
public record Decision(String draftedBy, Instant draftedAt, String approvedBy, Instant approvedAt, LocalDate decidedOn,
        LocalDate reviewBy) {

    /** No decision drafted yet. */
    public static final Decision NONE = new Decision(null, null, null, null, null, null);

    public static Decision drafted(String officer, Instant at) {
        return new Decision(officer, at, null, null, null, null);
    }

    public Decision approved(String approver, Instant at, LocalDate on, LocalDate lastDayForReview) {
        return new Decision(draftedBy, draftedAt, approver, at, on, lastDayForReview);
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    /** Whether the response is later than {@code dueDate}, the last day for compliance. */
    public boolean lateAgainst(LocalDate dueDate) {
        return decidedOn != null && dueDate != null && decidedOn.isAfter(dueDate);
    }
}
