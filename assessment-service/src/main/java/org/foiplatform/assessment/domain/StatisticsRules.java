package org.foiplatform.assessment.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of the statistics an authority publishes about its requests (the FOIA section 45 Code of Practice, paras
 * 8.5 and 8.6: authorities with over 100 full-time staff should publish, each quarter, how many requests they received
 * and how many they answered in time, with the outcomes and the exemptions used; the Cabinet Office's categories for
 * central government's quarterly statistics): the periods (calendar quarters), the share answered in time with the
 * ICO's bands, and the category of each request's outcome. Every figure is about the requests <em>received</em> in
 * the period, so that they add up: received = answered + open + on hold + withdrawn + lapsed.
 */
public final class StatisticsRules {

    /**
     * The ICO's expectation: at least 90% of requests answered within the time for compliance (the ICO's FOI
     * self-assessment toolkit, "Timeliness"; also its monitoring of authorities that fall below it).
     */
    public static final int EXPECTED_PERCENT = 90;
    /** The ICO self-assessment toolkit's band for good practice: 95% or more answered in time. */
    public static final int GOOD_PERCENT = 95;

    private StatisticsRules() {
    }

    /** The ICO self-assessment toolkit's bands for the share of requests answered in time. */
    public enum Band {
        /** 95% or more. */
        GOOD("Good"),
        /** 90% or more, under 95%. */
        ADEQUATE("Adequate"),
        /** Under 90%: below what the ICO expects. */
        UNSATISFACTORY("Unsatisfactory");

        private final String label;

        Band(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The band of {@code inTime} answered in time out of {@code answered}; null when nothing was answered (no share to
     * judge). Worked in whole numbers, so that 94.99% is never rounded into "good".
     */
    public static Band band(long inTime, long answered) {
        check(inTime, answered);
        if (answered == 0) {
            return null;
        }
        if (inTime * 100 >= GOOD_PERCENT * answered) {
            return Band.GOOD;
        }
        if (inTime * 100 >= EXPECTED_PERCENT * answered) {
            return Band.ADEQUATE;
        }
        return Band.UNSATISFACTORY;
    }

    /**
     * The share answered in time in tenths of a per cent, rounded down (so 89.96% shows as 89.9%, never as the 90% the
     * ICO expects); null when nothing was answered.
     */
    public static Integer tenthsOfPercent(long part, long whole) {
        check(part, whole);
        return whole == 0 ? null : (int) (part * 1000 / whole);
    }

    /** "66.6%", "100%", "0%": the share as it is shown; "–" when there is none. */
    public static String percent(long part, long whole) {
        Integer tenths = tenthsOfPercent(part, whole);
        if (tenths == null) {
            return "–";
        }
        return tenths % 10 == 0 ? tenths / 10 + "%" : tenths / 10 + "." + tenths % 10 + "%";
    }

    private static void check(long part, long whole) {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("Not a share: " + part + " of " + whole);
        }
    }

    /** Whether a response on {@code decidedOn} met the due date in force (extensions included): on or before it. */
    public static boolean inTime(LocalDate decidedOn, LocalDate dueDate) {
        return decidedOn != null && dueDate != null && !decidedOn.isAfter(dueDate);
    }

    /**
     * The Cabinet Office's categories of outcome, as central government's quarterly FOI statistics publish them, with
     * withdrawn and lapsed requests beside them and the rest (neither confirmed nor denied) as "Other".
     */
    public enum Category {
        GRANTED_IN_FULL("Granted in full"),
        PARTIALLY_WITHHELD("Partially withheld"),
        WITHHELD_IN_FULL("Withheld in full"),
        NOT_HELD("Information not held"),
        REFUSED_ON_COST("Refused on cost (section 12)"),
        VEXATIOUS_OR_REPEATED("Vexatious or repeated (section 14)"),
        WITHDRAWN("Withdrawn"),
        LAPSED("Lapsed (no clarification or fee)"),
        OTHER("Other (neither confirmed nor denied)");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /**
         * The category of a request's outcome. Part given and the rest not held counts as granted in full: everything
         * held was given, as the Cabinet Office counts it. Information reasonably accessible otherwise (s.21, FOISA
         * s.25) is withheld under an exemption, so withheld in full.
         */
        public static Category of(CaseOutcome outcome) {
            return switch (outcome) {
                case GRANTED_FULL, GRANTED_PART_NOT_HELD_PART -> GRANTED_IN_FULL;
                case GRANTED_PART_WITHHELD_PART -> PARTIALLY_WITHHELD;
                case WITHHELD_FULL_EXEMPTION, INFORMATION_ACCESSIBLE_S21 -> WITHHELD_IN_FULL;
                case NOT_HELD -> NOT_HELD;
                case REFUSED_S12_COST -> REFUSED_ON_COST;
                case REFUSED_S14_VEXATIOUS, REFUSED_S14_REPEATED -> VEXATIOUS_OR_REPEATED;
                case WITHDRAWN -> WITHDRAWN;
                case LAPSED_NO_CLARIFICATION, LAPSED_FEE_UNPAID -> LAPSED;
                case NCND -> OTHER;
            };
        }

        /**
         * The category of a request in {@code status} whose questions were decided with {@code questionOutcomes} (as
         * {@link CaseOutcome#of} derives the request's outcome), or null while it is undecided. The exemptions cited
         * are not needed: the one outcome they decide, s.21 alone, falls in the same category as any exemption.
         */
        public static Category of(CaseStatus status, Set<Outcome> questionOutcomes) {
            if (status == CaseStatus.WITHDRAWN) {
                return WITHDRAWN;
            }
            if (status == CaseStatus.LAPSED) {
                return LAPSED;
            }
            if (questionOutcomes.isEmpty() || questionOutcomes.contains(null)) {
                return null;
            }
            List<CaseQuestion> questions = new ArrayList<>();
            for (Outcome o : questionOutcomes) {
                questions.add(new CaseQuestion(questions.size() + 1, "", o, "", List.of(), null, null));
            }
            return of(CaseOutcome.of(questions));
        }
    }

    /** A period of whole days, both ends included. */
    public record Period(LocalDate from, LocalDate to) {
        public Period {
            if (from == null || to == null || to.isBefore(from)) {
                throw new IllegalArgumentException("A period ends on or after it starts");
            }
        }

        /** The months the period touches, in order. */
        public List<YearMonth> months() {
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                months.add(m);
            }
            return months;
        }

        /** Whether the period is exactly one calendar quarter. */
        public boolean isQuarter() {
            return from.equals(quarterOf(from).from()) && to.equals(quarterOf(from).to());
        }
    }

    /** The calendar quarter (January to March, and so on) that {@code day} falls in. */
    public static Period quarterOf(LocalDate day) {
        LocalDate start = LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return new Period(start, start.plusMonths(3).minusDays(1));
    }

    /** The last quarter that ended before {@code today}: the default period, as the Code's quarterly publication. */
    public static Period lastCompleteQuarter(LocalDate today) {
        return quarterOf(quarterOf(today).from().minusDays(1));
    }

    /** The last four complete quarters, the latest first: the quick links. */
    public static List<Period> lastFourQuarters(LocalDate today) {
        List<Period> quarters = new ArrayList<>();
        Period q = lastCompleteQuarter(today);
        for (int i = 0; i < 4; i++) {
            quarters.add(q);
            q = quarterOf(q.from().minusDays(1));
        }
        return quarters;
    }

    /** The number of a quarter in its calendar year, 1 (January to March) to 4. */
    public static int quarterNumber(Period quarter) {
        return (quarter.from().getMonthValue() - 1) / 3 + 1;
    }
}
