package org.foiplatform.response.infrastructure.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.response.application.AuthorityProfileStore;
import org.foiplatform.response.domain.Authority;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The saved profile: one row, as JSON. */
@ApplicationScoped
public class JdbcAuthorityProfileStore implements AuthorityProfileStore {

    private final DataSource dataSource;
    private final ObjectMapper json;

    public JdbcAuthorityProfileStore(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    @Override
    public Optional<Authority> saved() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select profile from authority_profile where id = 1"); ResultSet row = s.executeQuery()) {
            return row.next() ? Optional.of(json.readValue(row.getString(1), Authority.class)) : Optional.empty();
        } catch (SQLException | IOException e) {
            throw new StoreException("Could not read the authority's profile", e);
        }
    }

    @Override
    public void save(Authority authority, String by, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into authority_profile (id, profile, updated_by, updated_at) values (1, ?::jsonb, ?, ?) "
                        + "on conflict (id) do update set profile = excluded.profile, updated_by = excluded.updated_by,"
                        + " updated_at = excluded.updated_at")) {
            s.setString(1, json.writeValueAsString(authority));
            s.setString(2, by);
            s.setTimestamp(3, Timestamp.from(at));
            s.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new StoreException("Could not save the authority's profile", e);
        }
    }
}
