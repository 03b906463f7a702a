package org.foiplatform.assessment.application;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.foiplatform.assessment.domain.BankHoliday;
import org.foiplatform.assessment.domain.BankHolidayCalendar;
import org.foiplatform.assessment.domain.Nation;

/**
 * Where the bank-holiday calendar is kept (assessment-service's database). Every change makes a new
 * revision and records which holidays it added or removed, so that cases dated with an older revision can be
 * re-dated, with the holidays that caused it, even after a restart.
 */
public interface HolidayStore {

    /** The calendar as it stands, with its revision (0 when empty). */
    Revision current();

    /**
     * Replaces, for each nation, the holidays of the given years with {@code holidays}; years not named are
     * left alone. Makes a new revision only when something changed. Runs in the caller's transaction.
     */
    Revision replace(List<BankHoliday> holidays, Map<Nation, Set<Integer>> years, String source);

    /**
     * The holidays added or removed by the revisions after {@code from} up to {@code to}, oldest first. A
     * revision never changes once made, so the answer for a pair never changes either.
     */
    List<Change> changesBetween(long from, long to);

    record Revision(long number, BankHolidayCalendar calendar) {
    }

    record Change(long revision, BankHoliday holiday, boolean added) {
    }
}
