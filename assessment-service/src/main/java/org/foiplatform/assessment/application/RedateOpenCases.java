package org.foiplatform.assessment.application;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.messaging.BackgroundWorker;
import org.jboss.logging.Logger;

/**
 * Re-dates open cases after the bank-holiday calendar changed, in the background: each open case dated with
 * an older revision is worked out again in a transaction of its own ({@link RedateCase}), its timeline keeps
 * the old date, the new date and the holidays that caused it, and {@code DueDateChanged} is recorded. Closed
 * cases keep their date.
 *
 * <p>An import wakes the worker; it also runs at start (finishing what a stopped service left undone) and every
 * {@code foi.assessment.redate-every} as a safety net. A case that cannot be re-dated (its deadline is beyond
 * the calendar, or an officer changed it at the same moment) is logged and tried again on the next round, never
 * in a tight loop. Thousands of cases never hold up a start or an HTTP answer.
 */
@ApplicationScoped
public class RedateOpenCases {

    private static final Logger LOG = Logger.getLogger(RedateOpenCases.class);
    private static final int BATCH = 100;

    private final CaseRepository cases;
    private final RedateCase redateCase;
    private final Clocks clocks;
    private final BackgroundWorker worker;
    /** Where the round under way has got to; "" at the start of a round. Used by the worker's thread only. */
    private String after = "";
    private int movedThisRound;

    public RedateOpenCases(CaseRepository cases, RedateCase redateCase, Clocks clocks, AssessmentConfig config) {
        this.cases = cases;
        this.redateCase = redateCase;
        this.clocks = clocks;
        this.worker = new BackgroundWorker("calendar-redate", config.redateEvery(),
                this::pass);
    }

    public void start() {
        worker.start();
    }

    public void stop() {
        worker.stop(Duration.ofSeconds(5));
    }

    /** Asks for a round now (after an import). */
    public void wake() {
        worker.wake();
    }

    /** How many open cases are still dated with an older calendar: the re-dating's progress. */
    public long waiting() {
        return cases.countOpenDatedBefore(clocks.current().revision());
    }

    /** One batch; true while more may be waiting. */
    boolean pass() {
        Clocks.Dated dated = clocks.current();
        long revision = dated.revision();
        List<String> batch = cases.openDatedBefore(revision, after, BATCH);
        for (String reference : batch) {
            try {
                movedThisRound += redateCase.redate(reference, dated) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf("Could not re-date %s with calendar revision %d (tried again later): %s", reference, revision,
                        e.toString());
            }
        }
        if (batch.size() == BATCH) {
            after = batch.get(batch.size() - 1);
            return true;
        }
        if (movedThisRound > 0) {
            LOG.infof("Calendar revision %d moved the due date of %d open cases", revision, movedThisRound);
        }
        after = "";
        movedThisRound = 0;
        return false;
    }
}
