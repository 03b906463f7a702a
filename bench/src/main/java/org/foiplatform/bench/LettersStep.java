package org.foiplatform.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Letters rendered a second, and per core: N DecisionApproved v2 (the golden sample, one per new reference) go onto
 * {@code foi.case.v1} at once; response-service writes each letter as HTML, text and an A4 PDF and publishes
 * ResponseIssued v2 on {@code foi.response.v1}, which the bench reads (a plain consumer, no group, from the end
 * offsets taken before it sent anything). The CPU time response-service used meanwhile ({@code /proc/<pid>/stat})
 * gives letters per CPU-second, which is letters a second per core: the machine's limit for this work is that
 * figure times the cores.
 */
final class LettersStep implements BenchStep {

    /** A year that intake never gives (a reference carries the year the request was received). */
    static final String REFERENCE_YEAR = "1999";
    static final int WARM_UP_LETTERS = 20;

    @Override
    public String name() {
        return "letters";
    }

    @Override
    public String description() {
        return "response letters rendered to HTML, text and PDF a second, and per core (CPU-second of response-service)";
    }

    /** What one batch of letters did. */
    record Batch(int sent, int issued, double wallSeconds, double cpuSeconds, double meanPdfBytes, long minPdfBytes,
            long maxPdfBytes, boolean timedOut) {

        double lettersPerSecond() {
            return wallSeconds > 0 ? issued / wallSeconds : Double.NaN;
        }

        double lettersPerCpuSecond() {
            return cpuSeconds > 0 ? issued / cpuSeconds : Double.NaN;
        }
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Settings settings = context.settings();
        Options options = context.options();
        ObjectNode section = context.section(name());
        int cores = Runtime.getRuntime().availableProcessors();
        long pid = ServiceProcess.find(settings.root(), "response")
                .orElseThrow(() -> new IllegalStateException("response-service is not running (no live pid in "
                        + ServiceProcess.pidFile(settings.root(), "response") + ")"))
                .pid();
        section.put("event", "foi.case.decision-approved v2 (golden sample, one per reference) on " + Topics.CASE);
        section.put("awaited", "foi.response.response-issued v2 on " + Topics.RESPONSE);
        section.put("referenceRange", "FOI-" + REFERENCE_YEAR + "-<run><n>: a year intake never gives");
        section.put("cores", cores);
        section.put("responseServicePid", pid);
        section.put("clockTicksPerSecond", ServiceProcess.clockTicksPerSecond());
        section.put("notificationNote", "notification-service reads these ResponseIssued too and would email them;"
                + " these references have no contact, so its messages wait (nothing is sent)");
        context.memory().startSampling();
        try (Pipeline pipeline = new Pipeline(settings)) {
            long deadLetters = pipeline.deadLetters();
            pipeline.settle("before the letters", options.settleCapSeconds()).writeTo(section.putObject("settledBefore"));
            // A warm-up batch first: the rendering code (openhtmltopdf, PDFBox, the template) runs cold at first.
            Batch warm = batch(context, pid, "w", WARM_UP_LETTERS, options.lettersTimeoutSeconds());
            write(warm, section.putObject("warmUp"));
            Console.say("letters: warm-up, %d letters: %.1f a second", warm.issued(), warm.lettersPerSecond());
            if (warm.timedOut()) {
                throw new IllegalStateException(String.format(Locale.UK, "warm-up: only %d of %d ResponseIssued v2"
                        + " arrived within %d s", warm.issued(), warm.sent(), options.lettersTimeoutSeconds()));
            }
            pipeline.settle("before the measured letters", options.settleCapSeconds())
                    .writeTo(section.putObject("settledBeforeMeasured"));
            int n = options.letters;
            Console.say("letters: %,d DecisionApproved v2 at once; waiting up to %d s for their ResponseIssued v2", n,
                    options.lettersTimeoutSeconds());
            Batch batch = batch(context, pid, "m", n, options.lettersTimeoutSeconds());
            write(batch, section);
            double perCore = batch.lettersPerCpuSecond();
            double limit = perCore * cores;
            section.put("machineLimitLettersPerSecond", limit);
            section.put("ratioToMachine", Report.divide(batch.lettersPerSecond(), limit));
            Console.say("letters: %,d in %.1f s: %.1f a second; response-service used %.1f CPU-seconds: %.2f letters a"
                    + " core-second; %.2f × the machine's %.1f a second (%d cores); mean PDF %,.0f bytes",
                    batch.issued(), batch.wallSeconds(), batch.lettersPerSecond(), batch.cpuSeconds(), perCore,
                    Report.divide(batch.lettersPerSecond(), limit), limit, cores, batch.meanPdfBytes());
            if (batch.timedOut()) {
                throw new IllegalStateException(String.format(Locale.UK, "only %d of %d ResponseIssued v2 arrived"
                        + " within %d s", batch.issued(), batch.sent(), options.lettersTimeoutSeconds()));
            }
            pipeline.recordDeadLetters(context, name(), deadLetters, section);
        } finally {
            context.memory().stopSampling();
        }
    }

    private static void write(Batch b, ObjectNode node) {
        node.put("letters", b.sent());
        node.put("issued", b.issued());
        node.put("wallSeconds", round(b.wallSeconds(), 3));
        node.put("lettersPerSecond", round(b.lettersPerSecond(), 3));
        node.put("responseCpuSeconds", round(b.cpuSeconds(), 3));
        node.put("lettersPerCpuSecond", round(b.lettersPerCpuSecond(), 3));
        node.put("meanPdfBytes", Math.round(b.meanPdfBytes()));
        node.put("minPdfBytes", b.minPdfBytes());
        node.put("maxPdfBytes", b.maxPdfBytes());
        node.put("timedOut", b.timedOut());
    }

    private static double round(double value, int places) {
        if (Double.isNaN(value)) {
            return value;
        }
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    /** Sends {@code count} events at once and waits for their ResponseIssued v2; wall time to the last one read. */
    private Batch batch(BenchContext context, long pid, String tag, int count, int timeoutSeconds) throws Exception {
        Settings settings = context.settings();
        // FOI-1999-<run id as a number><tag digit><n>: distinct in every run, and never a real reference.
        String prefix = "FOI-" + REFERENCE_YEAR + "-" + (context.startedAt().getEpochSecond() % 100_000_000L)
                + ("w".equals(tag) ? "1" : "2");
        List<String> references = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            references.add(prefix + String.format("%05d", i));
        }
        Set<String> wanted = Set.copyOf(references);
        Map<String, Long> pdfBytes = new ConcurrentHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = Pipeline.consumer(settings.kafkaBootstrap());
                KafkaProducer<String, String> producer = producer(settings)) {
            List<TopicPartition> partitions = new ArrayList<>();
            var infos = consumer.partitionsFor(Topics.RESPONSE, Duration.ofSeconds(15));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException(Topics.RESPONSE + " does not exist: is the platform running?");
            }
            infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            // Taken before anything is sent: only what follows can be this batch's.
            consumer.endOffsets(partitions, Duration.ofSeconds(15)).forEach(consumer::seek);
            partitions.forEach(tp -> consumer.position(tp, Duration.ofSeconds(15)));

            double cpuBefore = ServiceProcess.cpuSeconds(pid);
            long t0 = System.nanoTime();
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (String reference : references) {
                String event = GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference);
                sends.add(producer.send(new ProducerRecord<>(Topics.CASE, reference, event)));
            }
            producer.flush();
            for (Future<RecordMetadata> send : sends) {
                send.get(30, TimeUnit.SECONDS);
            }
            long deadline = t0 + timeoutSeconds * 1_000_000_000L;
            long last = t0;
            long nextLine = t0 + 5_000_000_000L;
            while (pdfBytes.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (read(record.value(), wanted, pdfBytes)) {
                        last = System.nanoTime();
                    }
                }
                if (System.nanoTime() >= nextLine) {
                    Console.say("  letters issued: %,d of %,d after %.0f s", pdfBytes.size(), count,
                            (System.nanoTime() - t0) / 1e9);
                    nextLine += 5_000_000_000L;
                }
            }
            double cpuAfter = ServiceProcess.cpuSeconds(pid);
            int issued = pdfBytes.size();
            double wall = (last - t0) / 1e9;
            // A ResponseIssued without a PDF document (-1) counts as issued but not towards the PDF size.
            double mean = pdfBytes.values().stream().mapToLong(Long::longValue).filter(b -> b > 0).average()
                    .orElse(Double.NaN);
            long min = pdfBytes.values().stream().mapToLong(Long::longValue).filter(b -> b > 0).min().orElse(-1);
            long max = pdfBytes.values().stream().mapToLong(Long::longValue).max().orElse(-1);
            return new Batch(count, issued, wall, cpuAfter - cpuBefore, mean, min, max, issued < count);
        }
    }

    /** True if the record is a ResponseIssued v2 of this batch, seen for the first time; its PDF size is kept. */
    private static boolean read(byte[] value, Set<String> wanted, Map<String, Long> pdfBytes) {
        try {
            JsonNode event = Json.MAPPER.readTree(new String(value, StandardCharsets.UTF_8));
            if (!EventType.RESPONSE_ISSUED_V2.wireName().equals(event.path("type").asText())
                    || event.path("version").asInt() != 2) {
                return false;
            }
            String reference = event.path("payload").path("reference").asText();
            if (!wanted.contains(reference) || pdfBytes.containsKey(reference)) {
                return false;
            }
            long bytes = -1;
            for (JsonNode document : event.path("payload").path("documents")) {
                if ("pdf".equals(document.path("format").asText())) {
                    bytes = document.path("bytes").asLong(-1);
                }
            }
            pdfBytes.put(reference, bytes);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static KafkaProducer<String, String> producer(Settings settings) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "foi-bench-letters");
        return new KafkaProducer<>(props);
    }
}
