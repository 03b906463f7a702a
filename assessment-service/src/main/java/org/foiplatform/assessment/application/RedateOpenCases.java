package org.foiplatform.assessment.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Re-dates open cases after the bank-holiday calendar changed: each case dated with an older revision is
 * worked out again in a transaction of its own, its timeline keeps the old date, the new date and the
 * holidays that caused it, and {@code DueDateChanged} is recorded. Closed cases keep their date.
 */
@ApplicationScoped
public class RedateOpenCases {

    private static final Logger LOG = Logger.getLogger(RedateOpenCases.class);
    private static final int BATCH = 100;

    private final CaseRepository cases;
    private final RedateCase redateCase;
    private final Clocks clocks;

    public RedateOpenCases(CaseRepository cases, RedateCase redateCase, Clocks clocks) {
        this.cases = cases;
        this.redateCase = redateCase;
        this.clocks = clocks;
    }

    /**
     * Re-dates every open case dated with an older calendar, one transaction per case (the caller's
     * transaction, if any, is not used). Returns how many due dates moved.
     */
    public int sweep() {
        long revision = clocks.current().revision();
        int moved = 0;
        List<String> batch;
        String after = "";
        while (!(batch = cases.openDatedBefore(revision, after, BATCH)).isEmpty()) {
            for (String reference : batch) {
                moved += redateCase.redate(reference) ? 1 : 0;
            }
            after = batch.get(batch.size() - 1);
        }
        if (moved > 0) {
            LOG.infof("Calendar revision %d moved the due date of %d open cases", revision, moved);
        }
        return moved;
    }

}
