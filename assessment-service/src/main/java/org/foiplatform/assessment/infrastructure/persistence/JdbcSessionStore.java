package org.foiplatform.assessment.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.SessionStore;

/** The dashboard's sessions over plain JDBC ({@code dashboard_session}); within a caller's transaction when there is one. */
@ApplicationScoped
public class JdbcSessionStore implements SessionStore {

    /** A session is marked as seen at most this often, so that a page costs a write only once a minute. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final DataSource dataSource;

    public JdbcSessionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void start(String tokenHash, String username, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into dashboard_session (token_hash, username, "
                        + "signed_in_at, last_seen_at) values (?, ?, ?, ?)")) {
            s.setString(1, tokenHash);
            s.setString(2, username);
            s.setTimestamp(3, Timestamp.from(at));
            s.setTimestamp(4, Timestamp.from(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot start a session for " + username, e);
        }
    }

    @Override
    public boolean live(String tokenHash, String username, Instant now, Duration idle) {
        try (Connection c = dataSource.getConnection()) {
            Instant seen;
            try (PreparedStatement s = c.prepareStatement("select last_seen_at from dashboard_session where "
                    + "token_hash = ? and username = ?")) {
                s.setString(1, tokenHash);
                s.setString(2, username);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return false;
                    }
                    seen = r.getTimestamp(1).toInstant();
                }
            }
            if (seen.plus(idle).isBefore(now)) {
                end(c, tokenHash);
                return false;
            }
            if (seen.plus(TOUCH_EVERY).isBefore(now)) {
                try (PreparedStatement s = c.prepareStatement("update dashboard_session set last_seen_at = ? where "
                        + "token_hash = ?")) {
                    s.setTimestamp(1, Timestamp.from(now));
                    s.setString(2, tokenHash);
                    s.executeUpdate();
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the session of " + username, e);
        }
    }

    @Override
    public void end(String tokenHash) {
        try (Connection c = dataSource.getConnection()) {
            end(c, tokenHash);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot end a session", e);
        }
    }

    private static void end(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from dashboard_session where token_hash = ?")) {
            s.setString(1, tokenHash);
            s.executeUpdate();
        }
    }

    @Override
    public int endAll(String username) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from dashboard_session where username = ?")) {
            s.setString(1, username);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot end the sessions of " + username, e);
        }
    }

    @Override
    public void forgetIdle(Instant before) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from dashboard_session where last_seen_at < ?")) {
            s.setTimestamp(1, Timestamp.from(before));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot forget idle sessions", e);
        }
    }
}
