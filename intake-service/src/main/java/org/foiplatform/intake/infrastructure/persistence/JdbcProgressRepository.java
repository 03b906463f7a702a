package org.foiplatform.intake.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.intake.application.ProgressRepository;
import org.foiplatform.intake.domain.ProgressStatus;
import org.foiplatform.intake.domain.Reference;
import org.foiplatform.intake.domain.RequestProgress;
import org.foiplatform.intake.domain.TimelineEntry;

/** The status view in PostgreSQL over plain JDBC, in the caller's transaction. */
@ApplicationScoped
public class JdbcProgressRepository implements ProgressRepository {

    private static final String COLUMNS = "select reference, status, due_date, review_by, clarification_question,"
            + " lapses_on, fee_pounds, letter_issued from request_progress where reference = ?";

    private final DataSource dataSource;

    public JdbcProgressRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<RequestProgress> findForUpdate(Reference reference) {
        return query(COLUMNS + " for update", reference);
    }

    @Override
    public Optional<RequestProgress> find(Reference reference) {
        return query(COLUMNS, reference);
    }

    private Optional<RequestProgress> query(String sql, Reference reference) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(sql)) {
            find.setString(1, reference.value());
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RequestProgress(reference, ProgressStatus.valueOf(row.getString(2)),
                        date(row.getDate(3)), date(row.getDate(4)), row.getString(5), date(row.getDate(6)),
                        row.getBigDecimal(7), row.getBoolean(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the progress of " + reference, e);
        }
    }

    @Override
    public void save(RequestProgress p) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("insert into request_progress (reference,"
                        + " status, due_date, review_by, clarification_question, lapses_on, fee_pounds, letter_issued,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (reference) do update set"
                        + " status = excluded.status, due_date = excluded.due_date, review_by = excluded.review_by,"
                        + " clarification_question = excluded.clarification_question, lapses_on = excluded.lapses_on,"
                        + " fee_pounds = excluded.fee_pounds, letter_issued = excluded.letter_issued,"
                        + " updated_at = now()")) {
            upsert.setString(1, p.reference().value());
            upsert.setString(2, p.status().name());
            upsert.setDate(3, sqlDate(p.dueDate()));
            upsert.setDate(4, sqlDate(p.reviewBy()));
            upsert.setString(5, p.clarificationQuestion());
            upsert.setDate(6, sqlDate(p.lapsesOn()));
            upsert.setBigDecimal(7, p.feePounds());
            upsert.setBoolean(8, p.letterIssued());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the progress of " + p.reference(), e);
        }
    }

    @Override
    public void append(Reference reference, TimelineEntry entry) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into request_timeline (reference, occurred_on, kind, text) values (?, ?, ?, ?)")) {
            insert.setString(1, reference.value());
            insert.setDate(2, Date.valueOf(entry.on()));
            insert.setString(3, entry.kind());
            String text = entry.text();
            insert.setString(4, text.length() > 2000 ? text.substring(0, 1999) + "…" : text);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add to the timeline of " + reference, e);
        }
    }

    @Override
    public List<TimelineEntry> timeline(Reference reference) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement("select occurred_on, kind, text from"
                        + " request_timeline where reference = ? order by id")) {
            find.setString(1, reference.value());
            List<TimelineEntry> entries = new ArrayList<>();
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    entries.add(new TimelineEntry(rows.getDate(1).toLocalDate(), rows.getString(2), rows.getString(3)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the timeline of " + reference, e);
        }
    }

    @Override
    public Optional<UUID> correlation(Reference reference) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(
                        "select correlation_id from information_request where reference = ?")) {
            find.setString(1, reference.value());
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the correlation of " + reference, e);
        }
    }

    @Override
    public void setCorrelation(Reference reference, UUID correlationId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update information_request set correlation_id = ? where reference = ?")) {
            update.setObject(1, correlationId);
            update.setString(2, reference.value());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the correlation of " + reference, e);
        }
    }

    private static java.time.LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date sqlDate(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
