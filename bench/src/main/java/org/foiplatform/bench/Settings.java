package org.foiplatform.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where the platform runs and how to reach its databases, read from the environment that {@code ./foi bench} gives
 * this process alone. Passwords are kept here and never written to the results or the console.
 */
record Settings(Path root, Map<String, Integer> servicePorts, int kafkaPort, int mailApiPort, String pgHost, int pgPort,
        String foiPassword, Map<String, String> databasePasswords) {

    /** The four services, in the order of the pipeline. */
    static final List<String> SERVICES = List.of("intake", "assessment", "response", "notification");

    static Settings fromEnvironment(Map<String, String> env) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("intake", integer(env, "FOI_INTAKE_PORT", 8081));
        ports.put("assessment", integer(env, "FOI_ASSESSMENT_PORT", 8082));
        ports.put("response", integer(env, "FOI_RESPONSE_PORT", 8083));
        ports.put("notification", integer(env, "FOI_NOTIFICATION_PORT", 8084));
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String service : List.of("intake", "assessment", "notification")) {
            String value = env.get(service.toUpperCase() + "_DB_PASSWORD");
            if (value != null && !value.isEmpty()) {
                passwords.put(service, value);
            }
        }
        String root = env.getOrDefault("FOI_ROOT", System.getProperty("user.dir"));
        return new Settings(Path.of(root).toAbsolutePath().normalize(), Map.copyOf(ports),
                integer(env, "FOI_KAFKA_PORT", 9092), integer(env, "FOI_MAIL_API_PORT", 8025),
                env.getOrDefault("PGHOST", "127.0.0.1"), integer(env, "PGPORT", 5432), env.get("FOI_PG_PASSWORD"),
                Map.copyOf(passwords));
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " should be a port number, not '" + value + "'");
        }
    }

    int port(String service) {
        return servicePorts.get(service);
    }

    String baseUrl(String service) {
        return "http://127.0.0.1:" + port(service);
    }

    /** The service's management interface (health, metrics): its port + 1000, as ./foi up sets it. */
    String managementUrl(String service) {
        String variable = "FOI_" + service.toUpperCase() + "_MANAGEMENT_PORT";
        String set = System.getenv(variable);
        int port = set == null || set.isBlank() ? port(service) + 1000 : Integer.parseInt(set.trim());
        return "http://127.0.0.1:" + port;
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }

    /** The service's own database password, or null if it was not given. */
    String databasePassword(String service) {
        return databasePasswords.get(service);
    }

    /** A read-only connection to a service's own database, as the service's own role. */
    Connection readOnlyConnection(String service) throws SQLException {
        String password = databasePassword(service);
        if (password == null) {
            throw new IllegalStateException(service.toUpperCase() + "_DB_PASSWORD was not given");
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", service);
        credentials.setProperty("password", password);
        credentials.setProperty("readOnly", "true");
        Connection connection = DriverManager.getConnection(jdbcUrl(service), credentials);
        connection.setReadOnly(true);
        return connection;
    }

    /** The settings without any password, for the results. */
    Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("root", root.toString());
        out.put("servicePorts", servicePorts);
        out.put("kafkaBootstrap", kafkaBootstrap());
        out.put("mailApiPort", mailApiPort);
        out.put("postgres", pgHost + ":" + pgPort);
        out.put("foiPasswordGiven", foiPassword != null && !foiPassword.isEmpty());
        out.put("databasePasswordsGiven", databasePasswords.keySet());
        return out;
    }

    @Override
    public String toString() {
        return "Settings" + describe();
    }
}
