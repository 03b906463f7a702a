package org.foiplatform.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The officers' queue and search at a million cases, in PostgreSQL, without touching the platform's {@code assessment}
 * database: a scratch database ({@value #DATABASE}, owned by {@code foi}, dropped and made again each run and dropped
 * at the end, also on failure) gets assessment-service's schema from its own migration files (the messaging runtime's
 * and assessment's, in Flyway's version order), then {@code --queue-cases} cases (default a million) from {@code
 * docs/perf/queue-cases.sql}, in chunks, with the secondary indexes made afresh afterwards (from their own definitions)
 * and {@code VACUUM ANALYZE}. It then runs the queries of {@code docs/perf/queue-queries.sql}: the SQL that
 * assessment-service's {@code JdbcCaseQueue} sends, kept equal to it by {@code QueueQueriesTest}, so the bench holds no
 * copy of it. Each round, each kind runs its first page and then a random number of pages (up to
 * {@value #MOST_PAGES} in all) with the keyset cursor of the page before, each timed over JDBC from execute to the
 * last row read. p50/p95/p99 per kind and per group (the queue against {@value #QUEUE_TARGET_P95_MS} ms, the search
 * against {@value #SEARCH_TARGET_P95_MS} ms), and the {@code EXPLAIN (ANALYZE, BUFFERS)} of each kind's first and
 * second page into the results and {@code docs/perf/queue-plan.txt}.
 */
final class QueueStep implements BenchStep {

    static final String DATABASE = "assessment_bench";
    static final int CHUNK = 100_000;
    static final int MOST_PAGES = 8;
    static final int WARM_UP_PER_KIND = 3;
    static final double QUEUE_TARGET_P95_MS = 50;
    static final double SEARCH_TARGET_P95_MS = 100;
    static final Path GENERATOR = Path.of("docs", "perf", "queue-cases.sql");
    static final Path QUERIES = Path.of("docs", "perf", "queue-queries.sql");
    static final Path PLAN_FILE = Path.of("docs", "perf", "queue-plan.txt");
    static final List<Path> MIGRATIONS = List.of(
            Path.of("messaging-runtime", "src", "main", "resources", "db", "messaging"),
            Path.of("assessment-service", "src", "main", "resources", "db", "migration"));

    /** One kind of page: its first page's SQL and parameters, and the next page's with the cursor's two. */
    record Kind(String name, String group, String about, String sort, String firstSql, List<String> firstParams,
            String nextSql, List<String> nextParams) {

        boolean byDue() {
            return sort.endsWith("due");
        }
    }

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public String description() {
        return "the officers' queue and search p50/p95 over a million cases (scratch database, the service's own SQL)";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Settings settings = context.settings();
        Options options = context.options();
        ObjectNode section = context.section(name());
        if (settings.foiPassword() == null || settings.foiPassword().isEmpty()) {
            throw new IllegalStateException("FOI_PG_PASSWORD was not given; run through ./foi bench");
        }
        String generatorSql = Files.readString(settings.root().resolve(GENERATOR), StandardCharsets.UTF_8);
        List<Kind> kinds = parse(Files.readString(settings.root().resolve(QUERIES), StandardCharsets.UTF_8));
        section.put("database", DATABASE);
        section.put("cases", options.queueCases);
        section.put("generator", GENERATOR.toString());
        section.put("queries", QUERIES.toString());
        section.put("queueTargetP95Ms", QUEUE_TARGET_P95_MS);
        section.put("searchTargetP95Ms", SEARCH_TARGET_P95_MS);
        section.put("how", "the SQL of assessment-service's JdbcCaseQueue (docs/perf/queue-queries.sql) over JDBC, one"
                + " query at a time, timed from execute to the last row read; each kind's first page, then up to "
                + (MOST_PAGES - 1) + " more with the cursor of the page before");
        try {
            recreate(settings);
            List<String> migrations = migrate(settings);
            section.putPOJO("migrations", migrations);
            load(settings, generatorSql, options.queueCases, section);
            Console.say("queue: warm-up, the first page of each kind %d times", WARM_UP_PER_KIND);
            try (Connection connection = connect(settings)) {
                for (int i = 0; i < WARM_UP_PER_KIND; i++) {
                    for (Kind kind : kinds) {
                        page(connection, kind, null);
                    }
                }
                measure(connection, kinds, options.queueRounds, section);
                explain(context, connection, kinds, section);
            }
        } finally {
            cleanUp(context);
        }
    }

    // --- The queries file ----------------------------------------------------------------------------------------

    private static final Pattern HEADER = Pattern.compile("^-- (kind|group|about|sort|first|next): ?(.*)$");

    /** The kinds of docs/perf/queue-queries.sql, in order. */
    static List<Kind> parse(String text) {
        List<Kind> kinds = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        String pending = null;
        for (String line : text.split("\n")) {
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                if (m.group(1).equals("kind")) {
                    fields.clear();
                }
                fields.put(m.group(1), m.group(2));
                pending = m.group(1).equals("first") || m.group(1).equals("next") ? m.group(1) : null;
            } else if (pending != null && !line.isBlank() && !line.startsWith("--")) {
                fields.put(pending + "Sql", line.strip().replaceAll(";$", ""));
                pending = null;
                if (fields.containsKey("firstSql") && fields.containsKey("nextSql")) {
                    kinds.add(new Kind(fields.get("kind"), fields.get("group"), fields.get("about"), fields.get("sort"),
                            fields.get("firstSql"), params(fields.get("first")), fields.get("nextSql"),
                            params(fields.get("next"))));
                    fields.clear();
                }
            }
        }
        return kinds;
    }

    private static List<String> params(String line) {
        return line == null || line.isBlank() ? List.of() : List.of(line.split(" \\| "));
    }

    /** The last row of a page: its sort key and reference. */
    record Cursor(LocalDate key, String reference) {
    }

    /**
     * One page: the first (cursor null) or the one after the cursor. Answers the cursor of its last row when the page
     * was full (the SQL asks for one row more than a page), else null.
     */
    static Cursor page(Connection connection, Kind kind, Cursor after) throws SQLException {
        String sql = after == null ? kind.firstSql() : kind.nextSql();
        List<String> params = after == null ? kind.firstParams() : kind.nextParams();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int limit = bind(connection, s, params, after);
            int rows = 0;
            Cursor last = null;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows++;
                    if (rows < limit) {
                        Date key = kind.byDue() ? r.getDate("due_date") : r.getDate("received_on");
                        last = new Cursor(key == null ? LocalDate.of(9999, 12, 31) : key.toLocalDate(),
                                r.getString("reference"));
                    }
                }
            }
            return rows >= limit ? last : null;
        }
    }

    /** Binds type:value parameters; answers the limit (the last int). */
    static int bind(Connection connection, PreparedStatement s, List<String> params, Cursor after) throws SQLException {
        int limit = 0;
        for (int i = 0; i < params.size(); i++) {
            String p = params.get(i);
            int colon = p.indexOf(':');
            String type = p.substring(0, colon);
            String value = p.substring(colon + 1);
            switch (type) {
                case "text" -> s.setString(i + 1, value);
                case "int" -> {
                    limit = Integer.parseInt(value);
                    s.setInt(i + 1, limit);
                }
                case "date" -> s.setDate(i + 1, Date.valueOf(LocalDate.parse(value)));
                case "varchar[]" -> s.setArray(i + 1, connection.createArrayOf("varchar", value.split(",")));
                case "cursor" -> {
                    if (value.equals("key")) {
                        s.setDate(i + 1, Date.valueOf(after.key()));
                    } else {
                        s.setString(i + 1, after.reference());
                    }
                }
                default -> throw new IllegalArgumentException("a parameter of unknown type in " + QUERIES + ": " + p);
            }
        }
        return limit;
    }

    // --- The scratch database --------------------------------------------------------------------------------------

    private static Properties admin(Settings settings) {
        Properties credentials = new Properties();
        credentials.setProperty("user", "foi");
        credentials.setProperty("password", settings.foiPassword());
        return credentials;
    }

    private static Connection connect(Settings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(DATABASE), admin(settings));
    }

    private static void recreate(Settings settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("postgres"), admin(settings));
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
    }

    private static void cleanUp(BenchContext context) {
        Settings settings = context.settings();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("postgres"), admin(settings));
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            Console.say("queue: dropped the scratch database %s", DATABASE);
        } catch (SQLException e) {
            context.failure("queue.cleanup", "could not drop " + DATABASE + ": " + MachineStep.reason(e));
        }
    }

    /** A migration file's version as Flyway reads it: V0_1__x.sql is 0.1, V12__y.sql is 12. */
    static List<Integer> version(Path file) {
        String name = file.getFileName().toString();
        String digits = name.substring(1, name.indexOf("__"));
        return Stream.of(digits.split("[._]")).map(Integer::parseInt).toList();
    }

    static final Comparator<List<Integer>> VERSIONS = (a, b) -> {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    };

    /** assessment-service's schema, as Flyway makes it at its start: every migration file in version order. */
    private static List<String> migrate(Settings settings) throws IOException, SQLException {
        List<Path> files = new ArrayList<>();
        for (Path dir : MIGRATIONS) {
            try (Stream<Path> listed = Files.list(settings.root().resolve(dir))) {
                listed.filter(f -> f.getFileName().toString().matches("V[0-9._]+__.*\\.sql")).forEach(files::add);
            }
        }
        files.sort((a, b) -> VERSIONS.compare(version(a), version(b)));
        List<String> applied = new ArrayList<>();
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            for (Path file : files) {
                statement.execute(Files.readString(file, StandardCharsets.UTF_8));
                applied.add(file.getFileName().toString());
            }
        }
        Console.say("queue: %s migrated with %d files (%s to %s)", DATABASE, applied.size(), applied.get(0),
                applied.get(applied.size() - 1));
        return applied;
    }

    private static void load(Settings settings, String generatorSql, int cases, ObjectNode section)
            throws SQLException {
        Console.say("queue: loading %,d cases in chunks of %,d", cases, CHUNK);
        long t0 = System.nanoTime();
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            // The secondary indexes are made again after the load, from their own definitions: faster than keeping
            // them up row by row, and the same indexes.
            List<String[]> indexes = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select i.indexname, i.indexdef from pg_indexes i"
                    + " join pg_index x on x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass"
                    + " where i.tablename in ('foi_case', 'case_question') and not x.indisprimary order by 1")) {
                while (rs.next()) {
                    indexes.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] index : indexes) {
                statement.execute("drop index " + index[0]);
            }
            // The generator gives each case its search document; V12's triggers would make it again, row by row.
            statement.execute("alter table foi_case disable trigger user");
            statement.execute("alter table case_question disable trigger user");
            for (long first = 1; first <= cases; first += CHUNK) {
                long last = Math.min(cases, first + CHUNK - 1);
                statement.execute(DisclosureSearchStep.generator(generatorSql, first, last));
                Console.say("  loaded %,d of %,d cases (%.0f s)", last, cases, (System.nanoTime() - t0) / 1e9);
            }
            statement.execute("alter table foi_case enable trigger user");
            statement.execute("alter table case_question enable trigger user");
            double loaded = (System.nanoTime() - t0) / 1e9;
            for (String[] index : indexes) {
                statement.execute(index[1]);
            }
            double indexed = (System.nanoTime() - t0) / 1e9 - loaded;
            Console.say("  made %d indexes again in %.0f s; VACUUM ANALYZE", indexes.size(), indexed);
            statement.execute("vacuum analyze foi_case");
            statement.execute("vacuum analyze case_question");
            double vacuumed = (System.nanoTime() - t0) / 1e9 - loaded - indexed;
            try (ResultSet rs = statement.executeQuery("select (select count(*) from foi_case),"
                    + " (select count(*) from foi_case where status in ('OPEN', 'AWAITING_CLARIFICATION', 'FEE_PENDING',"
                    + " 'AWAITING_APPROVAL')), (select count(*) from case_question),"
                    + " pg_total_relation_size('foi_case'), pg_total_relation_size('case_question')")) {
                rs.next();
                section.put("casesLoaded", rs.getLong(1));
                section.put("openCases", rs.getLong(2));
                section.put("questions", rs.getLong(3));
                section.put("caseTableBytesWithIndexes", rs.getLong(4));
                section.put("questionTableBytesWithIndexes", rs.getLong(5));
            }
            ArrayNode made = section.putArray("indexes");
            indexes.forEach(i -> made.add(i[1]));
            section.put("loadSeconds", Math.round(loaded * 10) / 10.0);
            section.put("indexSeconds", Math.round(indexed * 10) / 10.0);
            section.put("vacuumAnalyzeSeconds", Math.round(vacuumed * 10) / 10.0);
            Console.say("queue: %,d cases (%,d open, %,d questions; foi_case %s with indexes) loaded in %.0f s, indexed"
                    + " in %.0f s, VACUUM ANALYZE %.0f s", section.path("casesLoaded").asLong(),
                    section.path("openCases").asLong(), section.path("questions").asLong(),
                    Format.megabytes(section.path("caseTableBytesWithIndexes").asDouble()), loaded, indexed, vacuumed);
        }
    }

    // --- The measurement -------------------------------------------------------------------------------------------

    private static void measure(Connection connection, List<Kind> kinds, int rounds, ObjectNode section)
            throws SQLException {
        Map<String, Histogram> byKind = new LinkedHashMap<>();
        Map<String, Histogram> byGroup = new LinkedHashMap<>();
        Map<String, Integer> deepest = new LinkedHashMap<>();
        for (Kind kind : kinds) {
            byKind.put(kind.name(), new Histogram(1, OpenLoop.HIGHEST_MICROS, 3));
            byGroup.computeIfAbsent(kind.group(), g -> new Histogram(1, OpenLoop.HIGHEST_MICROS, 3));
            deepest.put(kind.name(), 0);
        }
        Random random = new Random(11);
        Console.say("queue: %d rounds of the %d kinds, each its first page and up to %d more", rounds, kinds.size(),
                MOST_PAGES - 1);
        long t0 = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (Kind kind : kinds) {
                int pages = 1 + random.nextInt(MOST_PAGES);
                Cursor cursor = null;
                for (int p = 0; p < pages; p++) {
                    long start = System.nanoTime();
                    Cursor next = page(connection, kind, cursor);
                    long micros = Math.max(1, (System.nanoTime() - start) / 1_000);
                    long value = Math.min(micros, OpenLoop.HIGHEST_MICROS);
                    byKind.get(kind.name()).recordValue(value);
                    byGroup.get(kind.group()).recordValue(value);
                    deepest.merge(kind.name(), p + 1, Math::max);
                    if (next == null) {
                        break;
                    }
                    cursor = next;
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ArrayNode out = section.putArray("kinds");
        for (Kind kind : kinds) {
            ObjectNode node = out.addObject();
            node.put("kind", kind.name());
            node.put("group", kind.group());
            node.put("about", kind.about());
            node.put("sort", kind.sort());
            node.put("deepestPage", deepest.get(kind.name()));
            writePercentiles(byKind.get(kind.name()), node);
        }
        ObjectNode groups = section.putObject("groups");
        for (Map.Entry<String, Histogram> g : byGroup.entrySet()) {
            ObjectNode node = groups.putObject(g.getKey());
            writePercentiles(g.getValue(), node);
            double target = target(g.getKey());
            node.put("targetP95Ms", target);
            node.put("ratioP95ToTarget", Report.divide(Json.number(node, "p95Ms"), target));
        }
        section.put("seconds", Math.round(seconds * 10) / 10.0);
        for (var k : out) {
            Console.say("  %-22s p50 %9s  p95 %9s  p99 %9s  max %9s  (%d pages, to page %d)", k.path("kind").asText(),
                    Format.millis(Json.number(k, "p50Ms")), Format.millis(Json.number(k, "p95Ms")),
                    Format.millis(Json.number(k, "p99Ms")), Format.millis(Json.number(k, "maxMs")),
                    k.path("pages").asLong(), k.path("deepestPage").asInt());
        }
        for (Map.Entry<String, Histogram> g : byGroup.entrySet()) {
            ObjectNode node = (ObjectNode) groups.get(g.getKey());
            Console.say("queue: %s overall p50 %s, p95 %s (target under %s), p99 %s", g.getKey(),
                    Format.millis(Json.number(node, "p50Ms")), Format.millis(Json.number(node, "p95Ms")),
                    Format.millis(target(g.getKey())), Format.millis(Json.number(node, "p99Ms")));
        }
    }

    static double target(String group) {
        return "search".equals(group) ? SEARCH_TARGET_P95_MS : QUEUE_TARGET_P95_MS;
    }

    private static void writePercentiles(Histogram h, ObjectNode node) {
        node.put("pages", h.getTotalCount());
        if (h.getTotalCount() == 0) {
            return;
        }
        node.put("p50Ms", h.getValueAtPercentile(50) / 1_000.0);
        node.put("p95Ms", h.getValueAtPercentile(95) / 1_000.0);
        node.put("p99Ms", h.getValueAtPercentile(99) / 1_000.0);
        node.put("maxMs", h.getMaxValue() / 1_000.0);
        node.put("meanMs", Math.round(h.getMean()) / 1_000.0);
    }

    // --- The plans -------------------------------------------------------------------------------------------------

    private static final Pattern SCAN = Pattern.compile(
            "((?:Parallel )?(?:Index Only Scan|Index Scan Backward|Index Scan|Bitmap Index Scan|Bitmap Heap Scan|Seq Scan))"
                    + "(?: using (\\w+))?(?: on (\\w+))?");

    /** The scans of a plan in order, each once: "Index Scan using foi_case_open_queue", "Seq Scan on foi_case". */
    static String scans(String plan) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = SCAN.matcher(plan);
        while (m.find()) {
            out.add(m.group(1) + (m.group(2) != null ? " using " + m.group(2) : m.group(3) != null ? " on " + m.group(3)
                    : ""));
        }
        return String.join(", ", out);
    }

    private static void explain(BenchContext context, Connection connection, List<Kind> kinds, ObjectNode section)
            throws SQLException, IOException {
        StringBuilder file = new StringBuilder("-- Written by ./foi bench (step queue), run " + context.runId() + ", "
                + context.startedAt() + ": EXPLAIN (ANALYZE, BUFFERS) of each kind's first and second page over "
                + String.format(Locale.UK, "%,d", section.path("casesLoaded").asLong()) + " cases ("
                + GENERATOR + "), the SQL of " + QUERIES + ".\n");
        ArrayNode nodes = (ArrayNode) section.path("kinds");
        for (int i = 0; i < kinds.size(); i++) {
            Kind kind = kinds.get(i);
            ObjectNode node = (ObjectNode) nodes.get(i);
            String first = explain(connection, kind.firstSql(), kind.firstParams(), null);
            Cursor cursor = page(connection, kind, null);
            String next = cursor == null ? null : explain(connection, kind.nextSql(), kind.nextParams(), cursor);
            node.put("firstPlan", first);
            node.put("firstExecutionMs", executionMs(first));
            node.put("scans", scans(first));
            if (next != null) {
                node.put("nextPlan", next);
                node.put("nextExecutionMs", executionMs(next));
            }
            file.append("\n-- ").append(kind.name()).append(": ").append(kind.about()).append(" (sort ")
                    .append(kind.sort()).append("); p95 ").append(Format.millis(Json.number(node, "p95Ms")))
                    .append("\n-- first page, parameters ").append(String.join(" | ", kind.firstParams())).append('\n')
                    .append(kind.firstSql()).append(";\n").append(first).append('\n');
            if (next != null) {
                file.append("-- second page, after ").append(cursor.key()).append(" / ").append(cursor.reference())
                        .append('\n').append(kind.nextSql()).append(";\n").append(next).append('\n');
            }
        }
        Files.writeString(context.settings().root().resolve(PLAN_FILE), file.toString(), StandardCharsets.UTF_8);
        section.put("planFile", PLAN_FILE.toString());
        Console.say("queue: the plans of every kind are in %s", PLAN_FILE);
    }

    private static String explain(Connection connection, String sql, List<String> params, Cursor after)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
            bind(connection, s, params, after);
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
            return out.toString().stripTrailing();
        }
    }

    static double executionMs(String plan) {
        return DisclosureSearchStep.executionMs(plan);
    }
}
