package org.foiplatform.assessment.domain;

import java.time.Period;
import java.util.Objects;

/**
 * The legal values the clock applies, from configuration rather than code: the law, or the regulator's
 * reading of it, may change.
 *
 * @param workingDays FOIA s.10(1), EIR reg 5(2), FOISA s.10(1), EIRS reg 5(2): the twentieth working day
 * @param publicInterestExtensionDays FOIA s.10(3): the longest public interest extension, in further working days
 *        (the ICO's guidance: normally no more than 20)
 * @param complexAndVoluminousWorkingDays EIR reg 7(1), EIRS reg 7(1): the extended period, in working days
 * @param sarMonths UK GDPR Art. 12(3): one month
 * @param sarExtensionMonths UK GDPR Art. 12(3): up to two further months
 * @param clarificationLapse how long an unanswered request for clarification keeps a request alive
 * @param feeLapse FOIA s.9(2), FOISA s.9(4): how long an unpaid fees notice keeps a request alive
 * @param sarNation whose bank holidays move a SAR deadline that falls on one: the authority's own nation
 */
public record ClockRules(int workingDays, int publicInterestExtensionDays, int complexAndVoluminousWorkingDays,
        int sarMonths, int sarExtensionMonths, Period clarificationLapse, Period feeLapse, Nation sarNation) {

    /** FOIA s.10(4)-(5): regulations may set a period of up to 60 working days, never more. */
    public static final int MOST_WORKING_DAYS = 60;

    public ClockRules {
        if (workingDays < 1 || workingDays > MOST_WORKING_DAYS) {
            throw new IllegalArgumentException("workingDays must be 1 to " + MOST_WORKING_DAYS);
        }
        if (publicInterestExtensionDays < 0 || complexAndVoluminousWorkingDays < workingDays || sarMonths < 1
                || sarExtensionMonths < 0) {
            throw new IllegalArgumentException("Clock rules out of range");
        }
        Objects.requireNonNull(clarificationLapse, "clarificationLapse");
        Objects.requireNonNull(feeLapse, "feeLapse");
        Objects.requireNonNull(sarNation, "sarNation");
    }

    /** The values of the statutes and the ICO's guidance as they stand. */
    public static ClockRules standard() {
        return new ClockRules(20, 20, 40, 1, 2, Period.ofMonths(3), Period.ofMonths(3), Nation.ENGLAND_AND_WALES);
    }

    /** The same rules with another number of working days (FOIA s.10(4) regulations; the public calculator). */
    public ClockRules withWorkingDays(int days) {
        return new ClockRules(days, publicInterestExtensionDays, Math.max(days, complexAndVoluminousWorkingDays),
                sarMonths, sarExtensionMonths, clarificationLapse, feeLapse, sarNation);
    }
}
