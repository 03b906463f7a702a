package org.foiplatform.assessment.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.CaseTimeline;
import org.foiplatform.assessment.domain.TimelineEntry;

/**
 * Two statements in the caller's transaction: the case's version moves on (which also locks its row, so two appends
 * to one case take turns and an officer's action loaded before fails its version check and is run again), then the
 * entry goes in as the next line.
 */
@ApplicationScoped
public class JdbcCaseTimeline implements CaseTimeline {

    private final DataSource dataSource;

    public JdbcCaseTimeline(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean append(String reference, TimelineEntry entry) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement version = c.prepareStatement(
                    "update foi_case set version = version + 1 where reference = ?")) {
                version.setString(1, reference);
                if (version.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("insert into case_timeline (reference, seq, at, what, "
                    + "detail, actor, previous_due_date, due_date) select ?, coalesce(max(seq) + 1, 0), ?, ?, ?, ?, ?, ? "
                    + "from case_timeline where reference = ?")) {
                insert.setString(1, reference);
                insert.setTimestamp(2, Timestamp.from(entry.at()));
                insert.setString(3, entry.what());
                insert.setString(4, entry.detail());
                insert.setString(5, entry.actor());
                date(insert, 6, entry.previousDueDate());
                date(insert, 7, entry.dueDate());
                insert.setString(8, reference);
                insert.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add to the timeline of " + reference, e);
        }
    }

    private static void date(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(value));
        }
    }
}
