package org.foiplatform.response.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days for the disclosure log's publication delay: every day but Saturday, Sunday and a bank holiday.
 * Under the UK-wide regimes (FOIA, EIR) a bank holiday in any UK region counts, so that no council staff anywhere
 * lose a day of the delay; under the Scottish ones (FOISA, EIRS) only Scotland's holidays count, as for their
 * deadlines (FOISA s.73: "working day" excludes a bank holiday in Scotland). Past the last year the calendar
 * covers, only weekends are skipped: {@code pastCoverage} is told, once per calculation that went past it, so that
 * the caller can say the calendar needs updating.
 */
public final class WorkingDays {

    /** Which bank holidays count. */
    public enum Holidays {
        /** A bank holiday in any UK region (England and Wales, Scotland, Northern Ireland). */
        ANY_UK_REGION,
        /** Scotland's bank holidays only. */
        SCOTLAND;

        /** FOISA and EIRS are Scottish law; every other regime counts the holidays of the whole UK. */
        public static Holidays forRegime(String regime) {
            return "FOISA".equals(regime) || "EIRS".equals(regime) ? SCOTLAND : ANY_UK_REGION;
        }
    }

    public static final String SCOTLAND_REGION = "scotland";

    private final Set<LocalDate> anyRegion;
    private final Set<LocalDate> scotland;
    private final int lastCoveredYear;
    private final Runnable pastCoverage;

    /**
     * @param byRegion bank holidays by region slug ({@code england-and-wales}, {@code scotland},
     *            {@code northern-ireland})
     * @param lastCoveredYear the last year the holidays are known for
     * @param pastCoverage told when a calculation runs past {@code lastCoveredYear}
     */
    public WorkingDays(Map<String, Set<LocalDate>> byRegion, int lastCoveredYear, Runnable pastCoverage) {
        Set<LocalDate> all = new TreeSet<>();
        byRegion.values().forEach(all::addAll);
        this.anyRegion = Set.copyOf(all);
        this.scotland = Set.copyOf(byRegion.getOrDefault(SCOTLAND_REGION, Set.of()));
        this.lastCoveredYear = lastCoveredYear;
        this.pastCoverage = Objects.requireNonNull(pastCoverage, "pastCoverage");
    }

    public int lastCoveredYear() {
        return lastCoveredYear;
    }

    public boolean isWorkingDay(LocalDate day, Holidays holidays) {
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return false;
        }
        return !(holidays == Holidays.SCOTLAND ? scotland : anyRegion).contains(day);
    }

    /**
     * The {@code days}th working day after {@code start} ({@code start} itself never counts); {@code start} when
     * {@code days} is 0.
     */
    public LocalDate after(LocalDate start, int days, Holidays holidays) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = start;
        int counted = 0;
        boolean warned = false;
        while (counted < days) {
            day = day.plusDays(1);
            if (!warned && day.getYear() > lastCoveredYear) {
                pastCoverage.run();
                warned = true;
            }
            if (isWorkingDay(day, holidays)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * How many working days after {@code from} (not counted) up to and including {@code to}: 0 when {@code to} is
     * not after {@code from}. A response dated the first working day after its due date is one working day late.
     */
    public int between(LocalDate from, LocalDate to, Holidays holidays) {
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, holidays)) {
                counted++;
            }
        }
        return counted;
    }
}
