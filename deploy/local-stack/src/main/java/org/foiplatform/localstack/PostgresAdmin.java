package org.foiplatform.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Creates and drops throwaway databases on the local PostgreSQL server. Connection settings come
 * from the standard libpq variables that {@code ./foi test} exports: PGHOST, PGPORT, PGUSER and
 * PGPASSWORD (the role needs CREATEDB).
 */
public final class PostgresAdmin {

    private final String host;
    private final String port;
    private final String user;
    private final String password;

    public PostgresAdmin() {
        this(env("PGHOST", "127.0.0.1"), env("PGPORT", "5432"), env("PGUSER", "foi"), env("PGPASSWORD", "foi"));
    }

    public PostgresAdmin(String host, String port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String host() {
        return host;
    }

    public int port() {
        return Integer.parseInt(port);
    }

    /** Creates an empty database named {@code <prefix>_<8 hex>} and returns its name. */
    public String createDatabase(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute("create database " + name);
        return name;
    }

    /**
     * Drops a database and the sessions on it. An autovacuum worker busy on it cannot be ended by a role that is
     * not a superuser (SQLSTATE 42501, "must be a member of the role whose process is being terminated"); it
     * finishes within moments, so that refusal is tried again for up to 30 seconds.
     */
    public void dropDatabase(String name) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                execute("drop database if exists " + name + " with (force)");
                return;
            } catch (IllegalStateException e) {
                boolean autovacuum = e.getCause() instanceof SQLException sql && "42501".equals(sql.getSQLState());
                if (!autovacuum || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " as " + user
                    + " refused '" + sql + "'. Run the tests with ./foi test, which starts PostgreSQL and "
                    + "creates the role. Cause: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
