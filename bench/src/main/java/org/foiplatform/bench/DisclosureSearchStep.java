package org.foiplatform.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The public disclosure log's search over a million entries, through response-service's own JSON API, without
 * touching the platform's {@code response} database: a scratch database ({@value #DATABASE}, owned by a throwaway
 * role of the same name with a random password) is made afresh, a second response-service process is started
 * against it on free ports (Flyway makes the schema), the entries are bulk-loaded with the generator of
 * {@code docs/perf/disclosure-entries.sql}, then a mix of searches is timed one at a time, and the slowest kind's
 * query plan is taken with {@code EXPLAIN (ANALYZE, BUFFERS)}. The second process reads only topics of its own
 * ({@value #CASE_TOPIC}, {@value #INTAKE_TOPIC}) in its own consumer group, so it takes nothing from the real
 * response-service; its publishing sweep is put off for a day, so it publishes nothing. Whatever happens, the
 * process is stopped and the database, the role, its topics and its consumer group are removed at the end.
 */
final class DisclosureSearchStep implements BenchStep {

    static final String DATABASE = "response_bench";
    static final String ROLE = "response_bench";
    static final String CASE_TOPIC = "foi.bench.case";
    static final String INTAKE_TOPIC = "foi.bench.intake";
    static final String GROUP = "response-bench";
    static final int CHUNK = 100_000;
    static final double TARGET_P95_MS = 100;
    static final int WARM_UP_PER_KIND = 5;
    static final Path GENERATOR = Path.of("docs", "perf", "disclosure-entries.sql");
    static final Path PLAN_FILE = Path.of("docs", "perf", "disclosure-search-plan.txt");

    /** One kind of search, with the parameter sets it takes in turn. */
    record Kind(String name, String description, List<Map<String, String>> queries) {
    }

    /** The mix: what people type into the search box, with and without the filters. */
    static final List<Kind> KINDS = List.of(
            new Kind("word", "one word", List.of(Map.of("q", "potholes"), Map.of("q", "libraries"),
                    Map.of("q", "flooding"), Map.of("q", "allotments"), Map.of("q", "homelessness"))),
            new Kind("phrase", "a quoted phrase", List.of(Map.of("q", "\"street lights\""),
                    Map.of("q", "\"council tax arrears\""), Map.of("q", "\"bin collections\""),
                    Map.of("q", "\"electric vehicle chargers\""))),
            new Kind("word+regime", "a word and a regime", List.of(Map.of("q", "potholes", "regime", "EIR"),
                    Map.of("q", "cemeteries", "regime", "FOISA"), Map.of("q", "trees", "regime", "FOIA"))),
            new Kind("word+outcome", "a word and an outcome", List.of(Map.of("q", "libraries", "outcome", "NOT_HELD"),
                    Map.of("q", "gritting", "outcome", "REFUSED_S12_COST"),
                    Map.of("q", "licensing", "outcome", "GRANTED_FULL"))),
            new Kind("word+exemption", "a word and an exemption", List.of(
                    Map.of("q", "parking", "exemption", "FOIA s.21"), Map.of("q", "drainage", "exemption", "FOIA s.12"),
                    Map.of("q", "trees", "exemption", "FOIA s.40(2)"))),
            new Kind("words+dates", "words, a regime and a year", List.of(
                    Map.of("q", "pothole repairs Riverside", "regime", "FOIA", "from", "2025-01-01", "to", "2025-12-31"),
                    Map.of("q", "flooding", "from", "2024-01-01", "to", "2024-06-30"),
                    Map.of("q", "care homes", "from", "2023-07-01", "to", "2023-12-31"))),
            new Kind("newest", "no words: the newest first", List.of(Map.of(), Map.of("page", "2"),
                    Map.of("regime", "EIRS"))),
            new Kind("common+filter", "a common word and a filter: many matches to rank", List.of(
                    Map.of("q", "consultants", "exemption", "FOIA s.40(2)"),
                    Map.of("q", "spend", "regime", "EIRS"),
                    Map.of("q", "complaints", "outcome", "NCND"))));

    @Override
    public String name() {
        return "disclosure-search";
    }

    @Override
    public String description() {
        return "disclosure log search p50/p95/p99 over a million entries (a second response-service, scratch database)";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Settings settings = context.settings();
        Options options = context.options();
        ObjectNode section = context.section(name());
        if (settings.foiPassword() == null || settings.foiPassword().isEmpty()) {
            throw new IllegalStateException("FOI_PG_PASSWORD was not given; run through ./foi bench");
        }
        Path jar = settings.root().resolve(ServiceProcess.marker("response"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build response-service first");
        }
        Path generator = settings.root().resolve(GENERATOR);
        String generatorSql = Files.readString(generator, StandardCharsets.UTF_8);
        section.put("database", DATABASE);
        section.put("rows", options.searchRows);
        section.put("generator", GENERATOR.toString());
        section.put("targetP95Ms", TARGET_P95_MS);
        section.put("how", "a second response-service on free ports against a scratch database; searches one at a time"
                + " (closed loop) through GET /api/disclosure-log, timed from send to the whole body read");
        String rolePassword = randomHex(24);
        Process process = null;
        Path log = settings.root().resolve(".foi").resolve("logs").resolve("response-bench.console.log");
        try {
            recreate(settings, rolePassword);
            createTopics(settings);
            int httpPort = freePort();
            int managementPort = freePort();
            section.put("httpPort", httpPort);
            section.put("managementPort", managementPort);
            Console.say("disclosure-search: starting a second response-service on port %d (management %d) against %s;"
                    + " its log: %s", httpPort, managementPort, DATABASE, settings.root().relativize(log));
            long started = System.nanoTime();
            process = start(settings, jar, log, httpPort, managementPort, rolePassword);
            waitUntilReady(context, process, managementPort, log);
            section.put("secondProcessReadySeconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);

            load(settings, generatorSql, options.searchRows, section);

            String base = "http://127.0.0.1:" + httpPort;
            Console.say("disclosure-search: warm-up, %d searches of each kind", WARM_UP_PER_KIND);
            for (int i = 0; i < WARM_UP_PER_KIND * KINDS.size(); i++) {
                Kind kind = KINDS.get(i % KINDS.size());
                search(context, base, kind.queries().get((i / KINDS.size()) % kind.queries().size()));
            }
            measure(context, base, options.searchRequests, section);
            explainSlowest(context, section);
        } finally {
            if (process != null) {
                stop(process);
                Console.say("disclosure-search: stopped the second response-service");
            }
            cleanUp(context);
        }
    }

    // --- The scratch database and the second process ----------------------------------------------------------

    private static Properties admin(Settings settings) {
        Properties credentials = new Properties();
        credentials.setProperty("user", "foi");
        credentials.setProperty("password", settings.foiPassword());
        return credentials;
    }

    /** Drops what a previous run may have left, then makes the role and its database afresh. */
    private static void recreate(Settings settings, String rolePassword) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("postgres"), admin(settings));
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("drop role if exists " + ROLE);
            // A random password that lives only in this run: the second process gets it, and no other password.
            statement.execute("create role " + ROLE + " login password '" + rolePassword + "'");
            // foi may make a database owned by another role only as a member of it; membership also lets foi load
            // and vacuum the tables that Flyway makes as response_bench.
            statement.execute("grant " + ROLE + " to foi");
            statement.execute("create database " + DATABASE + " owner " + ROLE);
        }
    }

    private static void cleanUp(BenchContext context) {
        Settings settings = context.settings();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("postgres"), admin(settings));
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("drop role if exists " + ROLE);
            Console.say("disclosure-search: dropped the scratch database %s and its role", DATABASE);
        } catch (SQLException e) {
            context.failure("disclosure-search.cleanup", "could not drop " + DATABASE + ": " + MachineStep.reason(e));
        }
        try (Admin admin = MachineStep.admin(settings)) {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<String> ours = topics.stream().filter(t -> t.startsWith(CASE_TOPIC) || t.startsWith(INTAKE_TOPIC))
                    .toList();
            if (!ours.isEmpty()) {
                admin.deleteTopics(ours).all().get(20, TimeUnit.SECONDS);
            }
            admin.deleteConsumerGroups(List.of(GROUP)).all().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            // The topics and the group hold nothing; a later run removes them again.
        }
    }

    /** Its own topics, made before it starts (the broker may not make topics on first use); they stay empty. */
    private static void createTopics(Settings settings) throws Exception {
        try (Admin admin = MachineStep.admin(settings)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : List.of(CASE_TOPIC, INTAKE_TOPIC)) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, 1, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(20, TimeUnit.SECONDS);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /**
     * The second response-service: {@code ./foi}'s settings for the service, but its own ports, database and
     * role, its consumers in their own group on topics of their own, random hashes for the users it needs (no one
     * signs in to it), and its publishing sweep a day away. Its environment is made for it alone.
     */
    private static Process start(Settings settings, Path jar, Path log, int httpPort, int managementPort,
            String rolePassword) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(settings.root().toFile());
        Map<String, String> env = builder.environment();
        Subprocess.scrub(env);
        env.keySet().removeIf(name -> name.startsWith("FOI_") || name.startsWith("QUARKUS_") || name.startsWith("MP_")
                || name.startsWith("KAFKA_") || name.startsWith("PG") || name.endsWith("_DB_PASSWORD"));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", settings.jdbcUrl(DATABASE));
        env.put("QUARKUS_DATASOURCE_USERNAME", ROLE);
        env.put("QUARKUS_DATASOURCE_PASSWORD", rolePassword);
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap());
        env.put("MP_MESSAGING_INCOMING_CASE_IN_GROUP_ID", GROUP);
        env.put("MP_MESSAGING_INCOMING_INTAKE_IN_GROUP_ID", GROUP);
        env.put("MP_MESSAGING_INCOMING_CASE_IN_TOPIC", CASE_TOPIC);
        env.put("MP_MESSAGING_INCOMING_INTAKE_IN_TOPIC", INTAKE_TOPIC);
        env.put("MP_MESSAGING_INCOMING_CASE_IN_DEAD_LETTER_QUEUE_TOPIC", CASE_TOPIC + ".dlq");
        env.put("MP_MESSAGING_INCOMING_INTAKE_IN_DEAD_LETTER_QUEUE_TOPIC", INTAKE_TOPIC + ".dlq");
        // No one signs in to it: hashes of random passwords nobody knows, as ./foi gives the hashes of real ones.
        env.put("FOI_ADMIN_PASSWORD_HASH", sha512Hex("admin:FOI:" + randomHex(24)));
        env.put("FOI_MAILER_PASSWORD_HASH", sha512Hex("mailer:FOI:" + randomHex(24)));
        // A tenth of the generated entries are due or taken down: the sweep must not publish them (it would put
        // ResponsePublished on the platform's foi.response.v1) while the bench runs.
        env.put("FOI_RESPONSE_DISCLOSURE_PUBLISH_DELAYED", "24h");
        env.put("FOI_RESPONSE_DISCLOSURE_PUBLISH_EVERY", "24h");
        env.put("MALLOC_ARENA_MAX", "2");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "=== started by ./foi bench (disclosure-search) at " + java.time.Instant.now() + " ===\n",
                StandardCharsets.UTF_8);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    private static void waitUntilReady(BenchContext context, Process process, int managementPort, Path log)
            throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second response-service stopped while starting (exit "
                        + process.exitValue() + "): " + tail(log));
            }
            try {
                if (context.http().send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the second response-service was not ready in 120 s: " + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    // --- The load ------------------------------------------------------------------------------------------------

    private static final Pattern FIRST = Pattern.compile("(?<!:):first\\b");
    private static final Pattern LAST = Pattern.compile("(?<!:):last\\b");

    /** The generator with numbers in place of {@code :first} and {@code :last}. */
    static String generator(String sql, long first, long last) {
        return LAST.matcher(FIRST.matcher(sql).replaceAll(Long.toString(first))).replaceAll(Long.toString(last));
    }

    private static void load(Settings settings, String generatorSql, int rows, ObjectNode section) throws SQLException {
        Console.say("disclosure-search: loading %,d entries in chunks of %,d (a minute or two for a million)", rows,
                CHUNK);
        long t0 = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(DATABASE), admin(settings));
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (long first = 1; first <= rows; first += CHUNK) {
                long last = Math.min(rows, first + CHUNK - 1);
                statement.execute(generator(generatorSql, first, last));
                Console.say("  loaded %,d of %,d entries (%.0f s)", last, rows, (System.nanoTime() - t0) / 1e9);
            }
            double loaded = (System.nanoTime() - t0) / 1e9;
            Console.say("  VACUUM ANALYZE disclosure_entry");
            statement.execute("vacuum analyze disclosure_entry");
            double vacuumed = (System.nanoTime() - t0) / 1e9 - loaded;
            try (ResultSet rs = statement.executeQuery("select count(*), count(*) filter (where published_at is not null"
                    + " and unpublished_at is null), pg_total_relation_size('disclosure_entry') from disclosure_entry")) {
                rs.next();
                section.put("entries", rs.getLong(1));
                section.put("publicEntries", rs.getLong(2));
                section.put("tableBytesWithIndexes", rs.getLong(3));
            }
            section.put("loadSeconds", Math.round(loaded * 10) / 10.0);
            section.put("vacuumAnalyzeSeconds", Math.round(vacuumed * 10) / 10.0);
            section.put("entriesLoadedPerSecond", Math.round(rows / loaded));
            Console.say("disclosure-search: %,d entries (%,d public, %s with indexes) loaded in %.0f s, VACUUM ANALYZE"
                    + " %.0f s", section.path("entries").asLong(), section.path("publicEntries").asLong(),
                    Format.megabytes(section.path("tableBytesWithIndexes").asDouble()), loaded, vacuumed);
        }
    }

    // --- The searches --------------------------------------------------------------------------------------------

    static String query(Map<String, String> params) {
        return params.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** One search; its latency in microseconds, or minus the status code if it did not answer 200. */
    private static long search(BenchContext context, String base, Map<String, String> params) throws InterruptedException {
        String q = query(params);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/disclosure-log" + (q.isEmpty() ? "" : "?" + q)))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = context.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
            long micros = Math.max(1, (System.nanoTime() - t0) / 1_000);
            return response.statusCode() == 200 ? micros : -response.statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void measure(BenchContext context, String base, int requests, ObjectNode section)
            throws InterruptedException {
        Map<String, Histogram> byKind = new LinkedHashMap<>();
        Map<String, Integer> errors = new LinkedHashMap<>();
        for (Kind kind : KINDS) {
            byKind.put(kind.name(), new Histogram(1, OpenLoop.HIGHEST_MICROS, 3));
            errors.put(kind.name(), 0);
        }
        Histogram all = new Histogram(1, OpenLoop.HIGHEST_MICROS, 3);
        Console.say("disclosure-search: %,d searches, one at a time, the %d kinds in turn", requests, KINDS.size());
        long t0 = System.nanoTime();
        long nextLine = t0 + 5_000_000_000L;
        for (int i = 0; i < requests; i++) {
            Kind kind = KINDS.get(i % KINDS.size());
            Map<String, String> params = kind.queries().get((i / KINDS.size()) % kind.queries().size());
            long micros = search(context, base, params);
            if (micros < 0) {
                errors.merge(kind.name(), 1, Integer::sum);
                continue;
            }
            long value = Math.min(micros, OpenLoop.HIGHEST_MICROS);
            byKind.get(kind.name()).recordValue(value);
            all.recordValue(value);
            if (System.nanoTime() >= nextLine) {
                Console.say("  %,d of %,d searches, p95 so far %s", i + 1, requests,
                        Format.millis(all.getValueAtPercentile(95) / 1_000.0));
                nextLine += 5_000_000_000L;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ArrayNode kinds = section.putArray("kinds");
        for (Kind kind : KINDS) {
            ObjectNode node = kinds.addObject();
            node.put("kind", kind.name());
            node.put("description", kind.description());
            ArrayNode examples = node.putArray("queries");
            kind.queries().forEach(p -> examples.add("/api/disclosure-log" + (p.isEmpty() ? "" : "?" + query(p))));
            writePercentiles(byKind.get(kind.name()), node);
            node.put("errors", errors.get(kind.name()));
        }
        ObjectNode overall = section.putObject("overall");
        writePercentiles(all, overall);
        overall.put("errors", errors.values().stream().mapToInt(Integer::intValue).sum());
        overall.put("seconds", Math.round(seconds * 10) / 10.0);
        overall.put("searchesPerSecond", Math.round(all.getTotalCount() / seconds * 10) / 10.0);
        overall.put("ratioP95ToTarget", Report.divide(Json.number(overall, "p95Ms"), TARGET_P95_MS));
        for (var k : kinds) {
            Console.say("  %-15s p50 %9s  p95 %9s  p99 %9s  max %9s%s", k.path("kind").asText(),
                    Format.millis(Json.number(k, "p50Ms")), Format.millis(Json.number(k, "p95Ms")),
                    Format.millis(Json.number(k, "p99Ms")), Format.millis(Json.number(k, "maxMs")),
                    k.path("errors").asInt() > 0 ? "  errors " + k.path("errors").asInt() : "");
        }
        Console.say("disclosure-search: overall p50 %s, p95 %s (target under %s), p99 %s, max %s; %,d errors",
                Format.millis(Json.number(overall, "p50Ms")), Format.millis(Json.number(overall, "p95Ms")),
                Format.millis(TARGET_P95_MS), Format.millis(Json.number(overall, "p99Ms")),
                Format.millis(Json.number(overall, "maxMs")), overall.path("errors").asInt());
    }

    private static void writePercentiles(Histogram h, ObjectNode node) {
        node.put("requests", h.getTotalCount());
        if (h.getTotalCount() == 0) {
            return;
        }
        node.put("p50Ms", h.getValueAtPercentile(50) / 1_000.0);
        node.put("p95Ms", h.getValueAtPercentile(95) / 1_000.0);
        node.put("p99Ms", h.getValueAtPercentile(99) / 1_000.0);
        node.put("maxMs", h.getMaxValue() / 1_000.0);
        node.put("meanMs", Math.round(h.getMean()) / 1_000.0);
    }

    // --- The plan --------------------------------------------------------------------------------------------------

    /**
     * The page query and the capped count of the slowest kind's first search, as {@code JdbcDisclosureLog.search}
     * sends them for these parameters (its text as documented in {@code docs/perf/disclosure-search-1m.sql}),
     * under {@code EXPLAIN (ANALYZE, BUFFERS)}.
     */
    static List<Object> sql(Map<String, String> params, StringBuilder page, StringBuilder count) {
        String text = params.get("q");
        boolean words = text != null && !text.isBlank();
        String visible = "published_at is not null and unpublished_at is null";
        String from = words ? " from disclosure_entry, websearch_to_tsquery('english', ?) as q where search @@ q and "
                + visible : " from disclosure_entry where " + visible;
        List<Object> filter = new ArrayList<>();
        if (words) {
            filter.add(text);
        }
        StringBuilder where = new StringBuilder();
        if (params.containsKey("from")) {
            where.append(" and responded_on >= ?");
            filter.add(LocalDate.parse(params.get("from")));
        }
        if (params.containsKey("to")) {
            where.append(" and responded_on <= ?");
            filter.add(LocalDate.parse(params.get("to")));
        }
        if (params.containsKey("regime")) {
            where.append(" and regime = ?");
            filter.add(params.get("regime"));
        }
        if (params.containsKey("outcome")) {
            where.append(" and case_outcome = ?");
            filter.add(params.get("outcome"));
        }
        if (params.containsKey("exemption")) {
            where.append(" and exemptions @> array[?]::text[]");
            filter.add(params.get("exemption"));
        }
        List<Object> pageParams = new ArrayList<>();
        int pageNumber = Integer.parseInt(params.getOrDefault("page", "1"));
        long offset = (pageNumber - 1) * 20L;
        if (words) {
            // JdbcDisclosureLog.wordsSql (V5's disclosure_search): the newest 1,001 matches (or as deep as the page),
            // the newest 1,000 of them ranked, disclosure_entry and ts_headline for the page's 20 rows only, and the
            // capped count from the same candidates, in one statement.
            String narrow = where.toString().replace(" and ", " and s.");
            page.append("with candidates as materialized (select s.entry_id, s.reference, s.responded_on, s.search, q"
                    + " from disclosure_search s, websearch_to_tsquery('english', ?) as q where s.search @@ q")
                    .append(narrow).append(" order by s.responded_on desc, s.reference desc limit ?),"
                    + " ranked as (select c.*, ts_rank_cd(c.search, c.q) as rank,"
                    + " row_number() over (order by c.responded_on desc, c.reference desc) <= ? as among_newest"
                    + " from candidates c),"
                    + " page as (select entry_id, q, rank, among_newest from ranked"
                    + " order by among_newest desc, case when among_newest then rank end desc nulls last,"
                    + " responded_on desc, reference desc limit ? offset ?)"
                    + " select e.reference, e.title, e.regime, e.case_outcome, e.responded_on, e.published_at, e.exemptions,"
                    + " p.rank, ts_headline('english', e.questions_text || E'\\n' || e.answers_text, p.q, ?) as snippet,"
                    + " m.matches from (select count(*) as matches from candidates) as m left join page p on true"
                    + " left join disclosure_entry e on e.id = p.entry_id and e.published_at is not null"
                    + " and e.unpublished_at is null order by p.among_newest desc,"
                    + " case when p.among_newest then p.rank end desc nulls last, e.responded_on desc, e.reference desc");
            pageParams.addAll(filter);
            pageParams.add(Math.max(1001L, offset + 20));
            pageParams.add(1000);
            pageParams.add(20);
            pageParams.add(offset);
            pageParams.add("StartSel=\u0002, StopSel=\u0003, MaxFragments=2, MaxWords=30, MinWords=12,"
                    + " FragmentDelimiter=\" … \"");
            // The count comes with the page: nothing else is sent.
        } else {
            page.append("select reference, title, regime, case_outcome, responded_on, published_at, exemptions,"
                    + " 0 as rank, null as snippet").append(from).append(where)
                    .append(" order by responded_on desc, reference desc limit 20 offset ?");
            pageParams.addAll(filter);
            pageParams.add(offset);
            count.append("select count(*) from (select 1").append(from).append(where).append(" limit 1001) as matches");
        }
        List<Object> out = new ArrayList<>();
        out.add(pageParams);
        out.add(filter);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void explainSlowest(BenchContext context, ObjectNode section) throws SQLException, IOException {
        Kind slowest = null;
        double worst = -1;
        for (var node : section.path("kinds")) {
            double p95 = Json.number(node, "p95Ms");
            if (!Double.isNaN(p95) && p95 > worst) {
                worst = p95;
                String name = node.path("kind").asText();
                slowest = KINDS.stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
            }
        }
        if (slowest == null) {
            return;
        }
        Map<String, String> params = slowest.queries().get(0);
        StringBuilder page = new StringBuilder();
        StringBuilder count = new StringBuilder();
        List<Object> bound = sql(params, page, count);
        ObjectNode plan = section.putObject("plan");
        plan.put("kind", slowest.name());
        plan.put("request", "/api/disclosure-log" + (params.isEmpty() ? "" : "?" + query(params)));
        plan.put("kindP95Ms", worst);
        Settings settings = context.settings();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(DATABASE), admin(settings))) {
            String pagePlan = explain(connection, page.toString(), (List<Object>) bound.get(0));
            // With words the count comes with the page, from the same candidates: there is no second query.
            String countPlan = count.isEmpty() ? "(none: the capped count is the page query's matches column)"
                    : explain(connection, count.toString(), (List<Object>) bound.get(1));
            plan.put("pageQuery", page.toString());
            plan.put("pagePlan", pagePlan);
            plan.put("pageExecutionMs", executionMs(pagePlan));
            plan.put("countQuery", count.toString());
            plan.put("countPlan", countPlan);
            plan.put("countExecutionMs", count.isEmpty() ? 0.0 : executionMs(countPlan));
        }
        Console.say("disclosure-search: the slowest kind is %s (p95 %s); its page query runs in %s and its count in %s"
                + " in PostgreSQL", slowest.name(), Format.millis(worst), Format.millis(Json.number(plan, "pageExecutionMs")),
                Format.millis(Json.number(plan, "countExecutionMs")));
        Path file = settings.root().resolve(PLAN_FILE);
        String text = "-- Written by ./foi bench (step disclosure-search), run " + context.runId() + ", "
                + context.startedAt() + ": the slowest kind of search over " + String.format(Locale.UK, "%,d",
                        section.path("entries").asLong()) + " disclosure log entries, " + slowest.name() + " ("
                + slowest.description() + "), p95 " + Format.millis(worst) + " through the HTTP API.\n"
                + "-- Request: GET " + plan.path("request").asText() + "\n"
                + "-- The page query, as JdbcDisclosureLog.search sends it (parameters: "
                + ((List<Object>) bound.get(0)).stream().map(String::valueOf).map(s -> s.replace("\u0002", "\\u0002")
                        .replace("\u0003", "\\u0003")).collect(Collectors.joining(" | ")) + "):\n"
                + page + "\n\n" + plan.path("pagePlan").asText() + "\n\n-- The capped count beside a full page:\n" + count
                + "\n\n" + plan.path("countPlan").asText() + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        plan.put("file", PLAN_FILE.toString());
    }

    private static String explain(Connection connection, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
            return out.toString().stripTrailing();
        }
    }

    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

    static double executionMs(String plan) {
        Matcher m = EXECUTION.matcher(plan);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    // --- Small helpers ---------------------------------------------------------------------------------------------

    private static final SecureRandom RANDOM = new SecureRandom();

    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static String sha512Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
