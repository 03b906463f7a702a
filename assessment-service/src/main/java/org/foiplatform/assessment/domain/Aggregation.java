package org.foiplatform.assessment.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Aggregating related requests for the cost limit: the Freedom of Information and Data Protection (Appropriate Limit
 * and Fees) Regulations 2004 (SI 2004/3244) reg 5. Where two or more requests are made "(a) by one person, or (b) by
 * different persons who appear to the public authority to be acting in concert or in pursuance of a campaign", the
 * estimated cost of complying with any of them "is to be taken to be the total costs ... of complying with all of
 * them" (reg 5(1)), if they "relate, to any extent, to the same or similar information" (reg 5(2)(a)) and were
 * "received by the public authority within any period of sixty consecutive working days" (reg 5(2)(b)).
 *
 * <p>Intake-service finds the requests that look alike (reg 5(2)(a), and who made them); this class keeps those
 * inside the period. Whether different requesters act in concert or as a campaign (reg 5(1)(b)) is the officer's
 * judgement: a related request from someone else may be aggregated, and the letter names it. Only FOIA has this rule:
 * FOISA's regulations (SSI 2004/467) aggregate differently (reg 6: publishing instead of answering), and the EIR and
 * EIRS have no cost limit.
 */
public final class Aggregation {

    private Aggregation() {
    }

    /**
     * The references of {@code related} whose costs may be added to this request's estimate: none unless
     * {@code regime} is FOIA; otherwise those received within a period of {@code periodWorkingDays} consecutive working
     * days that also holds {@code receivedOn}. A request received on a day that is not a working day counts from the
     * next working day. A date the bank-holiday calendar does not cover is never inside the period.
     */
    public static Set<String> aggregable(Regime regime, LocalDate receivedOn, List<RelatedRequest> related,
            StatutoryClock clock, int periodWorkingDays) {
        Set<String> references = new LinkedHashSet<>();
        if (regime != Regime.FOIA) {
            return references;
        }
        for (RelatedRequest r : related) {
            if (withinPeriod(receivedOn, r.receivedOn(), clock, periodWorkingDays)) {
                references.add(r.reference());
            }
        }
        return references;
    }

    /**
     * Whether a period of {@code periodWorkingDays} consecutive working days holds both days: the working days from
     * the first to the last, both counted, are at most that many.
     */
    public static boolean withinPeriod(LocalDate one, LocalDate other, StatutoryClock clock, int periodWorkingDays) {
        LocalDate first = one.isAfter(other) ? other : one;
        LocalDate last = one.isAfter(other) ? one : other;
        try {
            LocalDate start = clock.workingDaysAfter(Regime.FOIA, first.minusDays(1), 1);
            LocalDate end = clock.workingDaysAfter(Regime.FOIA, last.minusDays(1), 1);
            return clock.workingDaysBetween(Regime.FOIA, start.minusDays(1), end) <= periodWorkingDays;
        } catch (CalendarNotCoveredException e) {
            return false;
        }
    }
}
