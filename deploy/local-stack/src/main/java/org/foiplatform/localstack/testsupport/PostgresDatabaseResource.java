package org.foiplatform.localstack.testsupport;

import java.util.Map;

import org.foiplatform.localstack.PostgresAdmin;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh PostgreSQL database for one test run, migrated by the service's own Flyway scripts at
 * start and dropped at the end. The name prefix comes from the {@code prefix} init argument.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private final PostgresAdmin admin = new PostgresAdmin();
    private String prefix = "foi_test";
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("prefix", prefix);
    }

    @Override
    public Map<String, String> start() {
        database = admin.createDatabase(prefix);
        return Map.of(
                "quarkus.datasource.jdbc.url", admin.jdbcUrl(database),
                "quarkus.datasource.username", admin.user(),
                "quarkus.datasource.password", admin.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            admin.dropDatabase(database);
        }
    }
}
