package org.foiplatform.assessment.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.Outcome;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.assessment.domain.StatisticsRules.Period;

/**
 * The counts the published statistics are made of, read from the cases as they stand: only numbers, never a
 * reference, a name or a question. Requests are counted by the day they were received; internal reviews by the day
 * they were asked for.
 */
public interface StatisticsStore {

    /** The requests received in one month under one regime, by what has become of them. */
    record MonthCounts(YearMonth month, Regime regime, Counts counts) {
    }

    /**
     * Requests received; answered (a decision approved: the response's date is recorded) and of those answered on or
     * before the due date in force; still open (being worked or awaiting approval) and of those past their due date
     * on the day the figures were read; on hold (waiting for a clarification or a fee, the clock stopped); withdrawn;
     * lapsed.
     */
    record Counts(long received, long answered, long answeredInTime, long open, long openPastDue, long onHold,
            long withdrawn, long lapsed) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(received + o.received, answered + o.answered, answeredInTime + o.answeredInTime,
                    open + o.open, openPastDue + o.openPastDue, onHold + o.onHold, withdrawn + o.withdrawn,
                    lapsed + o.lapsed);
        }

        public long answeredLate() {
            return answered - answeredInTime;
        }
    }

    /** How many requests in {@code status} had their questions decided with exactly these outcomes. */
    record OutcomeCount(CaseStatus status, Set<Outcome> questionOutcomes, long requests) {
    }

    /** An exemption (or exception) and how many questions, in how many requests, cited it. */
    record ExemptionCount(String provision, long questions, long requests) {
    }

    /** Internal reviews asked for: how many, how many decided (and in time), and the findings. */
    record ReviewCounts(long requested, long decided, long decidedInTime, long upheld, long partlyOverturned,
            long overturned) {
    }

    /** One row per month and regime that received a request in the period. */
    List<MonthCounts> byMonthAndRegime(Period period, LocalDate today);

    /** The decided, withdrawn and lapsed requests received in the period, grouped by status and outcomes. */
    List<OutcomeCount> outcomes(Period period);

    /** The exemptions cited in the decisions on requests received in the period, the most cited first. */
    List<ExemptionCount> exemptions(Period period);

    /** The internal reviews asked for in the period. */
    ReviewCounts reviews(Period period);
}
