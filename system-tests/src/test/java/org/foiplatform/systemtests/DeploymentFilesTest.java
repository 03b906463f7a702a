package org.foiplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps the deployment files in step with the services: docker-compose.yml, each service's
 * src/main/docker/Dockerfile.jvm, its application.properties and the service_env function of ./foi.
 * Reads files only; needs no Docker engine and starts nothing.
 */
class DeploymentFilesTest {

    private static final List<String> SERVICES =
            List.of("intake-service", "assessment-service", "response-service", "notification-service");

    /**
     * Settings that application.properties leaves out on purpose, so that no password has a default:
     * only the environment sets them.
     */
    private static final Set<String> SET_ONLY_FROM_THE_ENVIRONMENT = Set.of("quarkus.datasource.password");

    /** A property expression: ${NAME} or ${NAME:default}. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?\\}");
    /** A line of service_env in ./foi: echo "NAME=value". */
    private static final Pattern FOI_ECHO = Pattern.compile("echo \"([A-Za-z_][A-Za-z0-9_]*)=");
    /** A case branch label in ./foi, with what follows it on the same line: assessment) echo ... */
    private static final Pattern CASE_BRANCH = Pattern.compile("^([A-Za-z0-9_|*-]+)\\)\\s*(.*)$");
    /** A Compose interpolation that fails when the variable is unset: ${NAME:?message}. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("^\\$\\{[A-Za-z_][A-Za-z0-9_]*:\\?[^}]+\\}$");

    private static Path root;
    private static Map<String, Object> composeServices;

    private record Expression(String name, boolean hasDefault) {
    }

    @BeforeAll
    static void read_the_compose_file() throws IOException {
        root = repositoryRoot();
        Object document = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        composeServices = mapping(mapping(document, "docker-compose.yml").get("services"), "docker-compose.yml: services");
    }

    static Stream<String> services() {
        return SERVICES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void compose_publishes_and_passes_the_port_that_application_properties_sets(String service) throws IOException {
        int port = httpPort(service);

        assertThat(publishedPorts(service))
                .as("%s: docker-compose.yml should publish %d:%d (quarkus.http.port in application.properties)", service, port, port)
                .contains(port + ":" + port);
        assertThat(environment(service).get("QUARKUS_HTTP_PORT"))
                .as("%s: QUARKUS_HTTP_PORT in docker-compose.yml should equal quarkus.http.port in application.properties", service)
                .isEqualTo(String.valueOf(port));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void a_messaging_runtime_migration_added_later_is_applied_to_a_database_that_has_the_services_own(String service)
            throws IOException {
        // The runtime's migrations (db/messaging, V0_x) sort before the service's own (V1...): without out-of-order,
        // Flyway refuses to start a deployed service whose database already has V1 when a V0_x is added (it did,
        // on the development stack, when V0_2__message_replay came).
        Properties properties = applicationProperties(service);
        assertThat(properties.getProperty("quarkus.flyway.locations")).as(service).contains("db/messaging");
        assertThat(properties.getProperty("quarkus.flyway.out-of-order")).as(service).isEqualTo("true");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void every_compose_environment_variable_names_a_property_the_service_sets_or_references(String service) throws IOException {
        Properties properties = applicationProperties(service);
        Set<String> known = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            known.add(environmentName(withoutProfile(key)));
            for (Expression expression : expressions(properties.getProperty(key))) {
                known.add(expression.name());
                known.add(environmentName(expression.name()));
            }
        }
        SET_ONLY_FROM_THE_ENVIRONMENT.forEach(property -> known.add(environmentName(property)));

        Set<String> unknown = new TreeSet<>(environment(service).keySet());
        unknown.removeAll(known);

        assertThat(unknown)
                .as("%s: environment variables in docker-compose.yml that match no property set or referenced in "
                        + "%s/src/main/resources/application.properties (a typo, or a setting the service lacks)", service, service)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void every_expression_without_a_default_in_application_properties_is_set_in_compose(String service) throws IOException {
        Properties properties = applicationProperties(service);
        Set<String> environment = environment(service).keySet();
        Set<String> missing = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue; // a profile (%dev, %test) never runs in the containers
            }
            for (Expression expression : expressions(properties.getProperty(key))) {
                String name = expression.name();
                boolean definedInTheFile = properties.containsKey(name);
                boolean setInCompose = environment.contains(name) || environment.contains(environmentName(name));
                if (!expression.hasDefault() && !definedInTheFile && !setInCompose) {
                    missing.add(name + " (used by " + key + ")");
                }
            }
        }

        assertThat(missing)
                .as("%s: ${...} expressions without a default in application.properties that docker-compose.yml does not set", service)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void compose_points_the_service_at_its_own_database_and_at_the_broker(String service) throws IOException {
        Properties properties = applicationProperties(service);
        Map<String, String> environment = environment(service);

        String ownUrl = properties.getProperty("quarkus.datasource.jdbc.url");
        assertThat(ownUrl).as("%s: quarkus.datasource.jdbc.url in application.properties", service).isNotBlank();
        String composeUrl = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(composeUrl).as("%s: QUARKUS_DATASOURCE_JDBC_URL in docker-compose.yml", service).isNotBlank();
        assertThat(databaseName(composeUrl))
                .as("%s: the database that QUARKUS_DATASOURCE_JDBC_URL in docker-compose.yml names (%s), against application.properties (%s)",
                        service, composeUrl, ownUrl)
                .isEqualTo(databaseName(ownUrl));
        assertThat(composeServices)
                .as("%s: the host of QUARKUS_DATASOURCE_JDBC_URL (%s) should be a service of docker-compose.yml", service, composeUrl)
                .containsKey(host(composeUrl.substring(composeUrl.indexOf("//") + 2)));

        String ownUser = properties.getProperty("quarkus.datasource.username");
        if (ownUser != null) {
            assertThat(environment.get("QUARKUS_DATASOURCE_USERNAME"))
                    .as("%s: QUARKUS_DATASOURCE_USERNAME in docker-compose.yml, against quarkus.datasource.username", service)
                    .isEqualTo(ownUser);
        }

        String bootstrap = environment.get("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(bootstrap).as("%s: KAFKA_BOOTSTRAP_SERVERS in docker-compose.yml", service).isNotBlank();
        for (String server : bootstrap.split(",")) {
            assertThat(composeServices)
                    .as("%s: the host of KAFKA_BOOTSTRAP_SERVERS (%s) should be a service of docker-compose.yml", service, server.trim())
                    .containsKey(host(server.trim()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void compose_health_check_asks_the_readiness_endpoint_on_the_management_port(String service) throws IOException {
        int port = managementPort(service);
        Map<String, Object> healthcheck = mapping(composeService(service).get("healthcheck"), service + ": healthcheck in docker-compose.yml");
        Object test = healthcheck.get("test");
        String command = test instanceof List<?> parts
                ? parts.stream().map(String::valueOf).collect(Collectors.joining(" "))
                : String.valueOf(test);

        assertThat(command)
                .as("%s: healthcheck test in docker-compose.yml should ask /q/health/ready on the management port %d",
                        service, port)
                .contains("/q/health/ready")
                .contains(":" + port + "/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void compose_builds_the_jvm_dockerfile_which_exposes_the_service_port(String service) throws IOException {
        int port = httpPort(service);
        Path serviceDirectory = root.resolve(service);
        Map<String, Object> build = mapping(composeService(service).get("build"), service + ": build in docker-compose.yml");

        Path context = root.resolve(String.valueOf(build.get("context"))).normalize();
        assertThat(context).as("%s: build.context in docker-compose.yml", service).isEqualTo(serviceDirectory);
        Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile"))).normalize();
        assertThat(dockerfile)
                .as("%s: build.dockerfile in docker-compose.yml", service)
                .isEqualTo(serviceDirectory.resolve("src/main/docker/Dockerfile.jvm"))
                .isRegularFile();

        List<String> exposed = Files.readAllLines(dockerfile).stream()
                .map(String::trim)
                .filter(line -> line.toUpperCase(Locale.ROOT).startsWith("EXPOSE "))
                .flatMap(line -> Arrays.stream(line.substring("EXPOSE ".length()).trim().split("\\s+")))
                .map(exposedPort -> exposedPort.replaceFirst("/.*$", ""))
                .toList();
        assertThat(exposed)
                .as("%s: EXPOSE in %s should name quarkus.http.port and quarkus.management.port", service,
                        root.relativize(dockerfile))
                .contains(String.valueOf(port), String.valueOf(managementPort(service)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void compose_publishes_the_management_port_only_on_the_hosts_loopback(String service) throws IOException {
        String management = String.valueOf(managementPort(service));
        Object ports = composeService(service).get("ports");
        List<String> published = ports instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        assertThat(published).as("%s: ports in docker-compose.yml", service)
                .filteredOn(p -> p.endsWith(":" + management)).allMatch(p -> p.startsWith("127.0.0.1:"));
        assertThat(applicationProperties(service).getProperty("quarkus.management.enabled"))
                .as("%s: quarkus.management.enabled", service).isEqualTo("true");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void compose_sets_the_same_environment_variables_as_foi_up(String service) throws IOException {
        Set<String> fromFoi = foiServiceEnvironment(service.replace("-service", ""));

        assertThat(environment(service).keySet())
                .as("%s: environment variable names in docker-compose.yml, against service_env in ./foi", service)
                .containsExactlyInAnyOrderElementsOf(fromFoi);
    }

    @Test
    void no_password_is_written_into_the_compose_file() {
        for (String service : composeServices.keySet()) {
            environment(service).forEach((variable, value) -> {
                if (variable.toUpperCase(Locale.ROOT).contains("PASSWORD")) {
                    assertThat(value)
                            .as("%s: %s in docker-compose.yml should be a required variable, ${SOME_PASSWORD:?set SOME_PASSWORD in .env}, "
                                    + "never the password itself", service, variable)
                            .matches(REQUIRED_VARIABLE);
                }
            });
        }
    }

    // ---- reading the files

    private static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve("docker-compose.yml")) && Files.isRegularFile(directory.resolve("foi"))) {
                return directory;
            }
        }
        throw new AssertionError("no directory holding docker-compose.yml and foi at or above " + start);
    }

    private static Properties applicationProperties(String service) throws IOException {
        Path file = root.resolve(service).resolve("src/main/resources/application.properties");
        assertThat(file).as("%s: application.properties", service).isRegularFile();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    private static int managementPort(String service) throws IOException {
        String port = applicationProperties(service).getProperty("quarkus.management.port");
        assertThat(port).as("%s: quarkus.management.port in application.properties", service).isNotBlank();
        return Integer.parseInt(port.trim());
    }

    private static int httpPort(String service) throws IOException {
        String port = applicationProperties(service).getProperty("quarkus.http.port");
        assertThat(port).as("%s: quarkus.http.port in application.properties", service).isNotBlank();
        return Integer.parseInt(port.trim());
    }

    private static Map<String, Object> composeService(String service) {
        assertThat(composeServices).as("%s: a service of that name in docker-compose.yml", service).containsKey(service);
        return mapping(composeServices.get(service), service + " in docker-compose.yml");
    }

    /** The service's environment in docker-compose.yml, written as a mapping or as a list of NAME=value. */
    private static Map<String, String> environment(String service) {
        Object environment = composeService(service).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment == null) {
            return result;
        }
        if (environment instanceof Map<?, ?> map) {
            map.forEach((name, value) -> result.put(String.valueOf(name), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            for (Object item : list) {
                String entry = String.valueOf(item);
                int equals = entry.indexOf('=');
                if (equals < 0) {
                    result.put(entry, null); // passed through from the host's environment
                } else {
                    result.put(entry.substring(0, equals), entry.substring(equals + 1));
                }
            }
        } else {
            throw new AssertionError(service + ": environment in docker-compose.yml should be a mapping or a list, was " + environment);
        }
        return result;
    }

    /** Published ports as host:container, from the short syntax ("8081:8081", "127.0.0.1:8081:8081/tcp") or the long one. */
    private static List<String> publishedPorts(String service) {
        Object ports = composeService(service).get("ports");
        if (!(ports instanceof List<?> entries)) {
            throw new AssertionError(service + ": ports in docker-compose.yml should be a list, was " + ports);
        }
        List<String> result = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> longSyntax) {
                result.add(longSyntax.get("published") + ":" + longSyntax.get("target"));
            } else {
                String[] parts = String.valueOf(entry).replaceFirst("/.*$", "").split(":");
                String container = parts[parts.length - 1];
                String host = parts.length >= 2 ? parts[parts.length - 2] : "";
                result.add(host + ":" + container);
            }
        }
        return result;
    }

    /**
     * The names service_env in ./foi prints for one service (intake, assessment, ...): its echo "NAME=..."
     * lines before the case statement, and those of the case branch for that service.
     */
    private static Set<String> foiServiceEnvironment(String shortName) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve("foi"));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("service_env()")) {
                start = i;
                break;
            }
        }
        assertThat(start).as("./foi should define service_env()").isNotNegative();

        Set<String> common = new LinkedHashSet<>();
        Map<String, Set<String>> branches = new LinkedHashMap<>();
        boolean inCase = false;
        List<String> branch = List.of();
        for (int i = start + 1; i < lines.size() && !lines.get(i).equals("}"); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("case ") && line.endsWith(" in")) {
                inCase = true;
                continue;
            }
            if (line.equals("esac")) {
                inCase = false;
                branch = List.of();
                continue;
            }
            if (inCase) {
                Matcher label = CASE_BRANCH.matcher(line);
                if (label.matches()) {
                    branch = List.of(label.group(1).split("\\|"));
                    line = label.group(2);
                }
            }
            Matcher echo = FOI_ECHO.matcher(line);
            while (echo.find()) {
                if (inCase) {
                    for (String label : branch) {
                        branches.computeIfAbsent(label, unused -> new LinkedHashSet<>()).add(echo.group(1));
                    }
                } else {
                    common.add(echo.group(1));
                }
            }
            if (inCase && line.endsWith(";;")) {
                branch = List.of();
            }
        }
        assertThat(common).as("./foi service_env: the NAME=value lines that every service gets").isNotEmpty();

        Set<String> names = new LinkedHashSet<>(common);
        names.addAll(branches.getOrDefault(shortName, Set.of()));
        return names;
    }

    // ---- small helpers

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(Object value, String what) {
        if (!(value instanceof Map)) {
            throw new AssertionError(what + " should be a mapping, was " + value);
        }
        return (Map<String, Object>) value;
    }

    /** The MicroProfile Config rule: every character that is not a letter or digit becomes _, then upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** %test.quarkus.http.port becomes quarkus.http.port. */
    private static String withoutProfile(String key) {
        return key.startsWith("%") && key.indexOf('.') > 0 ? key.substring(key.indexOf('.') + 1) : key;
    }

    private static List<Expression> expressions(String value) {
        List<Expression> result = new ArrayList<>();
        Matcher matcher = EXPRESSION.matcher(value);
        while (matcher.find()) {
            result.add(new Expression(matcher.group(1).trim(), matcher.group(2) != null));
        }
        return result;
    }

    /** jdbc:postgresql://postgres:5432/intake?ssl=false gives intake. */
    private static String databaseName(String jdbcUrl) {
        String withoutParameters = jdbcUrl.replaceFirst("[?;].*$", "");
        return withoutParameters.substring(withoutParameters.lastIndexOf('/') + 1);
    }

    /** postgres:5432/intake gives postgres; kafka:9092 gives kafka. */
    private static String host(String authorityAndPath) {
        String authority = authorityAndPath.split("/", 2)[0];
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }
}
