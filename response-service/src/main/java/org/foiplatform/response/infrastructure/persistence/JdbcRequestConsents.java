package org.foiplatform.response.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.response.application.RequestConsents;

/** Consent to the disclosure log, one row per request, over plain JDBC. */
@ApplicationScoped
public class JdbcRequestConsents implements RequestConsents {

    private final DataSource dataSource;

    public JdbcRequestConsents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(String reference, boolean consentToPublish) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into request_consent (reference, consent_to_publish) values (?, ?) on conflict (reference) "
                        + "do update set consent_to_publish = excluded.consent_to_publish, recorded_at = now()")) {
            s.setString(1, reference);
            s.setBoolean(2, consentToPublish);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not record the consent of " + reference, e);
        }
    }

    @Override
    public boolean consented(String reference) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select consent_to_publish from request_consent where reference = ?")) {
            s.setString(1, reference);
            try (ResultSet row = s.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the consent of " + reference, e);
        }
    }
}
