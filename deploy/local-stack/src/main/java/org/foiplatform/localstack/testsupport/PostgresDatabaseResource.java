package org.foiplatform.localstack.testsupport;

import java.util.Map;

import org.foiplatform.localstack.PostgresAdmin;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh PostgreSQL database for one test run, migrated by the service's own Flyway scripts at
 * start and dropped at the end. The name prefix comes from the {@code prefix} init argument. With
 * {@code proxy=true} the application reaches the database through a {@link TcpProxy}, which a test receives
 * in a field marked {@link InjectDatabaseProxy} and cuts to take the database away.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private final PostgresAdmin admin = new PostgresAdmin();
    private String prefix = "foi_test";
    private boolean proxied;
    private String database;
    private TcpProxy proxy;

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("prefix", prefix);
        proxied = Boolean.parseBoolean(initArgs.getOrDefault("proxy", "false"));
    }

    @Override
    public Map<String, String> start() {
        database = admin.createDatabase(prefix);
        String url = admin.jdbcUrl(database);
        if (proxied) {
            proxy = new TcpProxy(admin.host(), admin.port());
            url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database;
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", admin.user(),
                "quarkus.datasource.password", admin.password());
    }

    @Override
    public void inject(TestInjector injector) {
        if (proxy != null) {
            injector.injectIntoFields(proxy,
                    new TestInjector.AnnotatedAndMatchesType(InjectDatabaseProxy.class, TcpProxy.class));
        }
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            admin.dropDatabase(database);
        }
    }
}
