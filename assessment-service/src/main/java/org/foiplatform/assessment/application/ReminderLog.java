package org.foiplatform.assessment.application;

import org.foiplatform.assessment.domain.Reminder;

/** Which reminders have been sent: one row per case, kind, number of days and due date. */
public interface ReminderLog {

    /**
     * Claims the reminder for the case in the current transaction; false if it was sent already (or another
     * instance is sending it now and commits first). The event is recorded in the same transaction, so it is
     * published exactly when the claim commits.
     */
    boolean claim(String reference, Reminder reminder);
}
