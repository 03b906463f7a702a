package org.foiplatform.assessment.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.TeamStore;

/** The teams over plain JDBC ({@code team}); a name is unique whatever its case ({@code team_name_folded}). */
@ApplicationScoped
public class JdbcTeamStore implements TeamStore {

    private final DataSource dataSource;

    public JdbcTeamStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<String> all() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select name from team order by lower(name), name");
                ResultSet r = s.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (r.next()) {
                names.add(r.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the teams", e);
        }
    }

    @Override
    public boolean add(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into team (name) values (?) on conflict do nothing")) {
            s.setString(1, name);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add the team " + name, e);
        }
    }

    @Override
    public boolean remove(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from team where name = ?")) {
            s.setString(1, name);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove the team " + name, e);
        }
    }
}
