package org.foiplatform.assessment.application;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.domain.BankHoliday;
import org.foiplatform.assessment.domain.Nation;
import org.jboss.logging.Logger;

/**
 * Replaces the bank-holiday calendar for the years a file covers (the bundled CSV at start-up, or gov.uk's
 * {@code bank-holidays.json} sent by an admin), then wakes the re-dating of every open case. The calendar is
 * committed first; each case is then re-dated in its own transaction in the background
 * ({@link RedateOpenCases}), which also finishes the work at the next start if the service stops half way.
 */
@ApplicationScoped
public class ImportBankHolidays {

    private static final Logger LOG = Logger.getLogger(ImportBankHolidays.class);

    private final HolidayStore store;
    private final RedateOpenCases redate;
    private final AuditTrail audit;

    public ImportBankHolidays(HolidayStore store, RedateOpenCases redate, AuditTrail audit) {
        this.store = store;
        this.redate = redate;
        this.audit = audit;
    }

    /**
     * An admin's import (the API or the admin page): as {@link #run}, with the holidays it added and removed, and on
     * the audit trail ({@code CALENDAR_IMPORTED}).
     */
    public Imported importBy(List<BankHoliday> holidays, Map<Nation, Set<Integer>> years, String source, String admin,
            String address) {
        long before = store.current().number();
        Result result = run(holidays, years, source);
        List<HolidayStore.Change> changes = store.changesBetween(before, result.revision());
        audit.record(admin, "CALENDAR_IMPORTED", "revision " + result.revision(), source + ": " + result.added()
                + " added, " + result.removed() + " removed, " + result.casesToRedate() + " open cases to re-date",
                address);
        return new Imported(result, changes);
    }

    public Result run(List<BankHoliday> holidays, Map<Nation, Set<Integer>> years, String source) {
        long before = store.current().number();
        HolidayStore.Revision after = store.replace(holidays, years, source);
        List<HolidayStore.Change> changes = store.changesBetween(before, after.number());
        int added = (int) changes.stream().filter(HolidayStore.Change::added).count();
        int removed = changes.size() - added;
        LOG.infof("Bank holidays from %s: revision %d, %d added, %d removed", source, after.number(), added, removed);
        long toRedate = 0;
        if (!changes.isEmpty()) {
            toRedate = redate.waiting();
            redate.wake();
        }
        return new Result(after.number(), added, removed, toRedate, after.calendar().coveredYears());
    }

    /**
     * What an import did: the calendar revision, the holidays added and removed, and how many open cases are
     * being re-dated in the background (their progress: {@code GET /api/calendar/bank-holidays}).
     */
    public record Result(long revision, int added, int removed, long casesToRedate, Set<Integer> coveredYears) {
    }

    /** An admin's import: what it did, and each holiday it added or removed. */
    public record Imported(Result result, List<HolidayStore.Change> changes) {
    }
}
