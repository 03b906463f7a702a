package org.foiplatform.intake.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.intake.application.PublishedResponseRepository;
import org.foiplatform.intake.domain.PublishedResponse;

/**
 * The disclosure log entries intake keeps ({@code published_response}, V9) over plain JDBC. The search is a
 * nearest-first (KNN) scan of the GiST trigram index, {@code <->} being pg_trgm's distance (1 - similarity), that
 * stops after {@code most} rows; the similarity floor is applied to those.
 */
@ApplicationScoped
public class JdbcPublishedResponseRepository implements PublishedResponseRepository {

    private final DataSource dataSource;

    public JdbcPublishedResponseRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(PublishedResponse response, String entryId, String regime, String comparableText) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("insert into published_response (reference,"
                        + " entry_id, regime, title, path, published_at, responded_on, comparable_text)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (reference) do update set"
                        + " entry_id = excluded.entry_id, regime = excluded.regime, title = excluded.title,"
                        + " path = excluded.path, published_at = excluded.published_at,"
                        + " responded_on = excluded.responded_on, comparable_text = excluded.comparable_text")) {
            upsert.setString(1, response.reference());
            upsert.setObject(2, UUID.fromString(entryId));
            upsert.setString(3, regime);
            upsert.setString(4, response.title());
            upsert.setString(5, response.path());
            upsert.setTimestamp(6, Timestamp.from(response.publishedAt()));
            upsert.setDate(7, response.respondedOn() == null ? null : Date.valueOf(response.respondedOn()));
            upsert.setString(8, comparableText);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcRequestRepository.RequestStoreException("Could not keep published response "
                    + response.reference(), e);
        }
    }

    @Override
    public boolean remove(String reference) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from published_response where reference = ?")) {
            delete.setString(1, reference);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new JdbcRequestRepository.RequestStoreException("Could not forget published response " + reference, e);
        }
    }

    @Override
    public List<PublishedResponse> similarTo(String comparableText, double atLeast, int most) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement("select reference, title, path, published_at,"
                        + " responded_on from (select reference, title, path, published_at, responded_on,"
                        + " similarity(comparable_text, ?) as s from published_response"
                        + " order by comparable_text <-> ? limit ?) nearest where s >= ? order by s desc, reference")) {
            find.setString(1, comparableText);
            find.setString(2, comparableText);
            find.setInt(3, most);
            find.setDouble(4, atLeast);
            List<PublishedResponse> found = new ArrayList<>();
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    Date responded = rows.getDate(5);
                    found.add(new PublishedResponse(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getTimestamp(4).toInstant(), responded == null ? null : responded.toLocalDate()));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new JdbcRequestRepository.RequestStoreException("Could not look for published responses", e);
        }
    }
}
