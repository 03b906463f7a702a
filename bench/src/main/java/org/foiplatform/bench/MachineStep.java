package org.foiplatform.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The machine's own limits, measured first so that every later figure can be read as a ratio to them: PostgreSQL's
 * single-row insert commit rate (pgbench, durable commits) and Kafka's produce rate and end-to-end latency (Kafka's
 * own ProducerPerformance and EndToEndLatency against the same broker, on topics of their own).
 */
final class MachineStep implements BenchStep {

    static final String BENCH_DATABASE = "foi_bench";
    static final String PERF_TOPIC = "foi.bench.perf";
    static final String LATENCY_TOPIC = "foi.bench.e2e";
    static final int RECORD_SIZE = 1024;

    @Override
    public String name() {
        return "machine";
    }

    @Override
    public String description() {
        return "the machine's limits: cores, memory, PostgreSQL insert commits a second, Kafka produce rate and latency";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        ObjectNode section = context.section(name());
        describeMachine(section);
        Console.say("machine: %d cores, %.1f GB memory", section.path("cores").asInt(),
                section.path("memTotalBytes").asDouble() / (1L << 30));
        ObjectNode postgres = section.putObject("postgres");
        measure(context, postgres, "machine.postgres", () -> postgres(context, postgres));
        ObjectNode produce = section.putObject("kafkaProduce");
        measure(context, produce, "machine.kafkaProduce", () -> kafkaProduce(context, produce));
        ObjectNode endToEnd = section.putObject("kafkaEndToEnd");
        measure(context, endToEnd, "machine.kafkaEndToEnd", () -> kafkaEndToEnd(context, endToEnd));
    }

    private interface Measurement {
        void run() throws Exception;
    }

    /** One limit: a failure is recorded against it, with the reason, and the next limit is measured. */
    private static void measure(BenchContext context, ObjectNode node, String where, Measurement measurement) {
        try {
            measurement.run();
            if (!node.has("status")) {
                node.put("status", "ok");
            }
        } catch (Exception e) {
            node.put("status", "failed");
            node.put("reason", reason(e));
            context.failure(where, reason(e));
        }
    }

    static String reason(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    }

    private static void describeMachine(ObjectNode section) {
        section.put("cores", Runtime.getRuntime().availableProcessors());
        ResidentMemory.machineTotal().ifPresent(bytes -> section.put("memTotalBytes", bytes));
        cpuModel().ifPresent(model -> section.put("cpuModel", model));
        section.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        section.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        loadAverage().ifPresent(load -> section.put("loadAverageAtStart", load));
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return Optional.of(parts[0] + " " + parts[1] + " " + parts[2]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    // --- PostgreSQL -------------------------------------------------------------------------------------------

    private static void postgres(BenchContext context, ObjectNode node) throws Exception {
        Settings settings = context.settings();
        int seconds = context.options().pgbenchSeconds();
        node.put("clients", 8);
        node.put("threads", 2);
        node.put("seconds", seconds);
        node.put("rowBytes", 200);
        node.put("database", BENCH_DATABASE);
        if (settings.foiPassword() == null || settings.foiPassword().isEmpty()) {
            throw new IllegalStateException("FOI_PG_PASSWORD was not given; run through ./foi bench");
        }
        Path pgbench = Path.of("/usr/bin/pgbench");
        if (!Files.isExecutable(pgbench)) {
            throw new IllegalStateException("pgbench is not installed at /usr/bin/pgbench (Debian: postgresql-client)");
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", "foi");
        credentials.setProperty("password", settings.foiPassword());
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("postgres"), credentials);
                Statement statement = connection.createStatement()) {
            node.put("serverVersion", connection.getMetaData().getDatabaseProductVersion());
            boolean exists;
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + BENCH_DATABASE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                statement.execute("create database " + BENCH_DATABASE);
                Console.say("machine: created the scratch database %s", BENCH_DATABASE);
            }
        }
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(BENCH_DATABASE), credentials);
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists bench_insert (id bigserial primary key, payload text not null)");
            statement.execute("truncate bench_insert");
            node.put("fsync", show(statement, "fsync"));
            node.put("synchronousCommit", show(statement, "synchronous_commit"));
            node.put("walSyncMethod", show(statement, "wal_sync_method"));
        }
        boolean durable = "on".equals(node.path("fsync").asText()) && "on".equals(node.path("synchronousCommit").asText());
        node.put("durableCommits", durable);
        if (!durable) {
            context.failure("machine.postgres", "fsync is " + node.path("fsync").asText() + " and synchronous_commit is "
                    + node.path("synchronousCommit").asText() + ": the commit rate is not that of durable commits");
        }
        Path script = Files.createTempFile("foi-bench-insert", ".sql");
        try {
            // One row of about 200 bytes a transaction: a random number padded to 200 characters.
            Files.writeString(script, "\\set n random(1, 1000000000)\n"
                    + "INSERT INTO bench_insert (payload) VALUES (rpad(:n::text, 200, 'x'));\n", StandardCharsets.UTF_8);
            List<String> command = List.of(pgbench.toString(), "-n", "-c", "8", "-j", "2", "-T", Integer.toString(seconds),
                    "-P", "2", "-f", script.toString(), "-h", settings.pgHost(), "-p", Integer.toString(settings.pgPort()),
                    "-U", "foi", BENCH_DATABASE);
            node.put("command", String.join(" ", command).replace(script.toString(), "<insert script>"));
            Console.say("machine: pgbench, %d clients, %d s of single-row inserts", 8, seconds);
            Subprocess.Result result = Subprocess.run(command, null,
                    Map.of("PGPASSWORD", settings.foiPassword(), "LC_ALL", "C"), seconds + 60L,
                    line -> {
                        if (line.startsWith("progress:")) {
                            Console.say("  pgbench %s", line);
                        }
                    });
            ToolOutput.Pgbench figures = ToolOutput.pgbench(result.stdout()).orElseThrow(() -> new IllegalStateException(
                    "pgbench printed no tps line (exit " + result.exitCode() + "): " + result.tail()));
            node.put("toolOutput", result.stdout().strip());
            node.put("tps", figures.tps());
            node.put("transactions", figures.transactions());
            node.put("failedTransactions", figures.failed());
            node.put("latencyAverageMs", figures.latencyAverageMs());
            Console.say("machine: PostgreSQL commits %,.0f single-row inserts a second (fsync %s, synchronous_commit %s)",
                    figures.tps(), node.path("fsync").asText(), node.path("synchronousCommit").asText());
        } finally {
            Files.deleteIfExists(script);
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(BENCH_DATABASE), credentials);
                    Statement statement = connection.createStatement()) {
                statement.execute("truncate bench_insert");
            } catch (SQLException e) {
                // the scratch table is only emptied to keep the database small
            }
        }
    }

    /** The tool's own last lines, kept in the results beside the figures read from them. */
    static String lastLines(String output, int count) {
        List<String> lines = output.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet rs = statement.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    // --- Kafka --------------------------------------------------------------------------------------------------

    private static Admin admin(BenchContext context) {
        return admin(context.settings());
    }

    static Admin admin(Settings settings) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        return Admin.create(props);
    }

    /** The platform topics' partition count, so that the produce test writes as the platform does. */
    private static int platformPartitions(Admin admin) {
        try {
            Map<String, TopicDescription> topics = admin.describeTopics(Set.of("foi.intake.v1")).allTopicNames()
                    .get(10, TimeUnit.SECONDS);
            return topics.get("foi.intake.v1").partitions().size();
        } catch (Exception e) {
            return 6;
        }
    }

    private static void recreate(Admin admin, String topic, int partitions) throws Exception {
        deleteQuietly(admin, topic);
        for (int attempt = 0; ; attempt++) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(20, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                // a topic being deleted cannot be made again at once
                if (attempt >= 20) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static void deleteQuietly(Admin admin, String topic) {
        try {
            if (admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic)) {
                admin.deleteTopics(List.of(topic)).all().get(20, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // left for the next run to remove
        }
    }

    private static void kafkaProduce(BenchContext context, ObjectNode node) throws Exception {
        int records = context.options().producerRecords();
        node.put("tool", "org.apache.kafka.tools.ProducerPerformance");
        node.put("topic", PERF_TOPIC);
        node.put("recordSize", RECORD_SIZE);
        node.put("acks", "all");
        node.put("requestedRecords", records);
        try (Admin admin = admin(context)) {
            int partitions = platformPartitions(admin);
            node.put("partitions", partitions);
            recreate(admin, PERF_TOPIC, partitions);
            List<String> command = new ArrayList<>(Subprocess.javaCommand("org.apache.kafka.tools.ProducerPerformance",
                    "-Xmx512m"));
            command.addAll(List.of("--topic", PERF_TOPIC, "--num-records", Integer.toString(records),
                    "--record-size", Integer.toString(RECORD_SIZE), "--throughput", "-1",
                    "--producer-props", "bootstrap.servers=" + context.settings().kafkaBootstrap(), "acks=all"));
            Console.say("machine: Kafka ProducerPerformance, %,d records of 1 KB, acks=all, no throttle", records);
            try {
                Subprocess.Result result = Subprocess.run(command, null, Map.of(), 300, line -> {
                    if (line.contains("records sent")) {
                        Console.say("  %s", line);
                    }
                });
                ToolOutput.ProducerPerformance figures = ToolOutput.producerPerformance(result.stdout()).orElseThrow(
                        () -> new IllegalStateException("ProducerPerformance printed no final line (exit "
                                + result.exitCode() + (result.timedOut() ? ", timed out" : "") + "): " + result.tail()));
                node.put("toolOutput", lastLines(result.stdout(), 1));
                node.put("records", figures.records());
                node.put("recordsPerSecond", figures.recordsPerSecond());
                node.put("megabytesPerSecond", figures.megabytesPerSecond());
                node.put("averageMs", figures.averageMs());
                node.put("maxMs", figures.maxMs());
                node.put("p50Ms", figures.p50Ms());
                node.put("p95Ms", figures.p95Ms());
                node.put("p99Ms", figures.p99Ms());
                node.put("p999Ms", figures.p999Ms());
                Console.say("machine: Kafka takes %,.0f records a second (1 KB, acks=all), p99 %d ms",
                        figures.recordsPerSecond(), figures.p99Ms());
            } finally {
                deleteQuietly(admin, PERF_TOPIC);
            }
        }
    }

    private static void kafkaEndToEnd(BenchContext context, ObjectNode node) throws Exception {
        int messages = context.options().endToEndMessages();
        node.put("tool", "org.apache.kafka.tools.EndToEndLatency");
        node.put("topic", LATENCY_TOPIC);
        node.put("messageSize", RECORD_SIZE);
        node.put("acks", "all");
        node.put("messages", messages);
        try (Admin admin = admin(context)) {
            recreate(admin, LATENCY_TOPIC, 1);
            // Kafka 4.1: positional arguments, broker_list topic num_messages producer_acks message_size_bytes.
            List<String> command = new ArrayList<>(Subprocess.javaCommand("org.apache.kafka.tools.EndToEndLatency",
                    "-Xmx256m"));
            command.addAll(List.of(context.settings().kafkaBootstrap(), LATENCY_TOPIC, Integer.toString(messages), "all",
                    Integer.toString(RECORD_SIZE)));
            Console.say("machine: Kafka EndToEndLatency, %,d messages of 1 KB one at a time, acks=all", messages);
            try {
                Subprocess.Result result = Subprocess.run(command, null, Map.of(), 300, line -> {
                    if (line.matches("\\d+\\t.*")) {
                        Console.say("  EndToEndLatency: message %s ms", line.replace('\t', ' '));
                    }
                });
                ToolOutput.EndToEndLatency figures = ToolOutput.endToEndLatency(result.stdout()).orElseThrow(
                        () -> new IllegalStateException("EndToEndLatency printed no summary (exit " + result.exitCode()
                                + (result.timedOut() ? ", timed out" : "") + "): " + result.tail()));
                node.put("toolOutput", lastLines(result.stdout(), 2));
                node.put("averageMs", figures.averageMs());
                node.put("p50Ms", figures.p50Ms());
                node.put("p99Ms", figures.p99Ms());
                node.put("p999Ms", figures.p999Ms());
                Console.say("machine: Kafka end to end (produce, acks=all, then consume) avg %.2f ms, p50 %d ms, p99 %d ms",
                        figures.averageMs(), figures.p50Ms(), figures.p99Ms());
            } finally {
                deleteQuietly(admin, LATENCY_TOPIC);
            }
        }
    }
}
