package org.foiplatform.assessment.infrastructure.rest;

import java.math.BigDecimal;

import org.foiplatform.assessment.domain.CostLimit;

/**
 * One line of a cost estimate as an officer sends it, in a decision or to the estimator:
 * {@code {"activity": "EXTRACTING", "units": 13000, "minutesPerUnit": 2, "explanation": "…"}}, and
 * {@code "request": "FOI-2026-000098"} on a line for a related request whose cost is aggregated (the Fees Regulations
 * 2004 reg 5). An activity that is
 * not one of the regulations' becomes none, which {@link CostLimit#check} names ("Choose one of …").
 */
public record CostItemBody(String activity, Long units, BigDecimal minutesPerUnit, String explanation,
        String request) {

    /** A line for work on this request itself. */
    public CostItemBody(String activity, Long units, BigDecimal minutesPerUnit, String explanation) {
        this(activity, units, minutesPerUnit, explanation, null);
    }

    CostLimit.Item toItem() {
        return new CostLimit.Item(activity(activity), units == null ? 0 : units, minutesPerUnit, explanation,
                request == null || request.isBlank() ? null : request.strip());
    }

    private static CostLimit.Activity activity(String name) {
        if (name == null) {
            return null;
        }
        try {
            return CostLimit.Activity.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
