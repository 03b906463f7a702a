package org.foiplatform.response.infrastructure.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.response.application.RequesterAccess;
import org.foiplatform.response.domain.LetterDocument;

/** The requester's consent and token hash, one row per request, over plain JDBC. */
@ApplicationScoped
public class JdbcRequesterAccess implements RequesterAccess {

    private final DataSource dataSource;

    public JdbcRequesterAccess(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(String reference, boolean consentToPublish, String trackingTokenHash, String postalAddress) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into requester_access (reference, consent_to_publish, tracking_token_hash, postal_address) "
                        + "values (?, ?, ?, ?) on conflict (reference) do update set consent_to_publish = "
                        + "excluded.consent_to_publish, tracking_token_hash = excluded.tracking_token_hash, "
                        + "postal_address = excluded.postal_address, recorded_at = now()")) {
            s.setString(1, reference);
            s.setBoolean(2, consentToPublish);
            s.setString(3, trackingTokenHash);
            s.setString(4, postalAddress);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not record the requester of " + reference, e);
        }
    }

    @Override
    public Requester find(String reference) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select consent_to_publish, postal_address from requester_access where reference = ?")) {
            s.setString(1, reference);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? new Requester(row.getBoolean(1), row.getString(2)) : Requester.UNKNOWN;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the requester of " + reference, e);
        }
    }

    @Override
    public boolean tokenOpens(String reference, String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return false;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select tracking_token_hash from requester_access where reference = ?")) {
            s.setString(1, reference);
            try (ResultSet row = s.executeQuery()) {
                String stored = row.next() ? row.getString(1) : null;
                String presented = LetterDocument.sha256(token.getBytes(StandardCharsets.UTF_8));
                // Compared in constant time, so the answer's timing says nothing about how much of it matched.
                return stored != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                        presented.getBytes(StandardCharsets.US_ASCII));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the requester of " + reference, e);
        }
    }
}
