package org.foiplatform.assessment.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.ReminderLog;
import org.foiplatform.assessment.domain.Reminder;

/**
 * The sent reminders as rows under a primary key: a second insert of the same reminder does nothing, and one racing
 * it from another instance waits for the first transaction and then does nothing.
 */
@ApplicationScoped
public class JdbcReminderLog implements ReminderLog {

    private final DataSource dataSource;

    public JdbcReminderLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean claim(String reference, Reminder reminder) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into case_reminder (reference, kind, "
                        + "working_days_left, due_date) values (?, ?, ?, ?) on conflict do nothing")) {
            s.setString(1, reference);
            s.setString(2, reminder.logKind());
            s.setInt(3, reminder.workingDaysLeft());
            s.setDate(4, Date.valueOf(reminder.dueDate()));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the reminder for " + reference, e);
        }
    }
}
