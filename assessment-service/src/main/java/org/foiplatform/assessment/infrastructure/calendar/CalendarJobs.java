package org.foiplatform.assessment.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.foiplatform.assessment.application.HolidayStore;
import org.foiplatform.assessment.application.ImportBankHolidays;
import org.foiplatform.assessment.application.LapseRequests;
import org.foiplatform.assessment.application.RedateOpenCases;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Loads the bundled calendar into an empty database at start-up and starts the background re-dating (which
 * at once finishes any an earlier run left undone); on a schedule it lapses requests whose clarification or
 * fee did not come.
 */
@ApplicationScoped
public class CalendarJobs {

    private static final Logger LOG = Logger.getLogger(CalendarJobs.class);

    private final HolidayStore store;
    private final ImportBankHolidays importer;
    private final RedateOpenCases redate;
    private final LapseRequests lapse;

    public CalendarJobs(HolidayStore store, ImportBankHolidays importer, RedateOpenCases redate, LapseRequests lapse) {
        this.store = store;
        this.importer = importer;
        this.redate = redate;
        this.lapse = lapse;
    }

    void onStart(@Observes StartupEvent start) {
        if (store.current().number() == 0) {
            BankHolidayFiles.Parsed bundled = BankHolidayFiles.bundledCsv();
            ImportBankHolidays.Result result = importer.run(bundled.holidays(), bundled.years(),
                    "bundled " + BankHolidayFiles.BUNDLED);
            LOG.infof("Loaded %d bank holidays from the bundled calendar (years %s); %d open cases to re-date",
                    result.added(), result.coveredYears(), result.casesToRedate());
        }
        redate.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        redate.stop();
    }

    @Scheduled(every = "${foi.assessment.lapse-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void lapseSweep() {
        int lapsed = lapse.sweep();
        if (lapsed > 0) {
            LOG.infof("%d requests lapsed", lapsed);
        }
    }
}
