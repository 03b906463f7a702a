package org.foiplatform.assessment.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.AuditTrail;

/** The audit trail over plain JDBC; within a caller's transaction when there is one, so it commits with the change. */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

    private static final int MAX_DETAIL = 2_000;

    private final DataSource dataSource;

    public JdbcAuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(String actor, String action, String subject, String detail, String address) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into audit_event (actor, action, subject, detail, "
                        + "address) values (?, ?, ?, ?, ?)")) {
            s.setString(1, cut(actor, 100));
            s.setString(2, action);
            s.setString(3, cut(subject, 100));
            s.setString(4, cut(detail, MAX_DETAIL));
            s.setString(5, cut(address, 100));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the audit trail", e);
        }
    }

    @Override
    public List<Entry> after(long afterId, int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id, at, actor, action, subject, detail, address from "
                        + "audit_event where id > ? order by id limit ?")) {
            s.setLong(1, afterId);
            s.setInt(2, limit);
            return entries(s);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail", e);
        }
    }

    @Override
    public List<Entry> latest(String account, Long beforeId, int limit) {
        String sql = "select id, at, actor, action, subject, detail, address from audit_event where id < ?"
                + (account == null ? "" : " and (actor = ? or subject = ?)") + " order by id desc limit ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setLong(i++, beforeId == null ? Long.MAX_VALUE : beforeId);
            if (account != null) {
                s.setString(i++, account);
                s.setString(i++, account);
            }
            s.setInt(i, limit);
            return entries(s);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail", e);
        }
    }

    private static List<Entry> entries(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            List<Entry> entries = new ArrayList<>();
            while (r.next()) {
                entries.add(new Entry(r.getLong(1), r.getTimestamp(2).toInstant(), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7)));
            }
            return entries;
        }
    }

    private static String cut(String value, int most) {
        return value == null || value.length() <= most ? value : value.substring(0, most);
    }
}
