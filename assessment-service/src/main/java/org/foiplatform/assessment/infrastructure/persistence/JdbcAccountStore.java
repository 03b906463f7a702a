package org.foiplatform.assessment.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.AccountStore;
import org.foiplatform.assessment.domain.Role;

/** Officer accounts over plain JDBC: a row per account, its roles as a comma-separated list. */
@ApplicationScoped
public class JdbcAccountStore implements AccountStore {

    private static final String COLUMNS = "username, password_hash, roles, enabled, created_at, email";

    private final DataSource dataSource;

    public JdbcAccountStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<StoredAccount> find(String username) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from officer_account where username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read account " + username, e);
        }
    }

    @Override
    public List<StoredAccount> withEmail(String email) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from officer_account "
                        + "where lower(email) = lower(?) order by username")) {
            s.setString(1, email);
            List<StoredAccount> accounts = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    accounts.add(row(r));
                }
            }
            return accounts;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look for the account of an email address", e);
        }
    }

    @Override
    public List<StoredAccount> all() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from officer_account order by username");
                ResultSet r = s.executeQuery()) {
            List<StoredAccount> accounts = new ArrayList<>();
            while (r.next()) {
                accounts.add(row(r));
            }
            return accounts;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list accounts", e);
        }
    }

    @Override
    public boolean add(StoredAccount account) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into officer_account (" + COLUMNS + ") values "
                        + "(?, ?, ?, ?, ?, ?) on conflict (username) do nothing")) {
            s.setString(1, account.username());
            s.setString(2, account.passwordHash());
            s.setString(3, roles(account.roles()));
            s.setBoolean(4, account.enabled());
            s.setTimestamp(5, Timestamp.from(account.createdAt()));
            s.setString(6, account.email());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add account " + account.username(), e);
        }
    }

    @Override
    public void update(StoredAccount account) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update officer_account set password_hash = ?, roles = ?, "
                        + "enabled = ?, email = ?, updated_at = now() where username = ?")) {
            s.setString(1, account.passwordHash());
            s.setString(2, roles(account.roles()));
            s.setBoolean(3, account.enabled());
            s.setString(4, account.email());
            s.setString(5, account.username());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change account " + account.username(), e);
        }
    }

    private static StoredAccount row(ResultSet r) throws SQLException {
        Set<Role> roles = Arrays.stream(r.getString("roles").split(",")).map(Role::named).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new StoredAccount(r.getString("username"), r.getString("password_hash"), roles,
                r.getBoolean("enabled"), r.getTimestamp("created_at").toInstant(), r.getString("email"));
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::wireName).collect(Collectors.joining(","));
    }
}
