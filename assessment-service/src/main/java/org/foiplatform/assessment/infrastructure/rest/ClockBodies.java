package org.foiplatform.assessment.infrastructure.rest;

/** Bodies of the officer's clock actions. */
final class ClockBodies {

    private ClockBodies() {
    }

    /** Move a case to another regime; the reason goes on the timeline. */
    public record RegimeBody(String regime, String reason) {
    }

    /**
     * A clock action: {@code action} is CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, FEES_NOTICE_GIVEN,
     * FEE_RECEIVED or EXTENDED; {@code on} the date (ISO); {@code amount} further working days (FOIA) or
     * months (SAR) of an extension.
     */
    public record ClockActionBody(String action, String on, Integer amount, String reason, String question,
            java.math.BigDecimal feePounds, String calculation) {
    }

    /** {@code {"team": "Information Governance", "officer": "officer"}}: either or both. */
    public record AssignmentBody(String team, String officer) {
    }

    /** {@code {"text": "Asked Highways whether they hold repair costs."}}. */
    public record NoteBody(String text) {
    }

    /** {@code {"reason": "…"}}. */
    public record ReasonBody(String reason) {
    }
}
