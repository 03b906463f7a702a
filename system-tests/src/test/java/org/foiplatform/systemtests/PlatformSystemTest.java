package org.foiplatform.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.foiplatform.contracts.Topics;
import org.foiplatform.localstack.EmbeddedKafka;
import org.foiplatform.localstack.PostgresAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The whole platform, black box: the four packaged services as separate processes with a real Kafka
 * broker, PostgreSQL (a database per service) and an SMTP server, driven over HTTP as a requester and
 * an officer would, with the emails read back from the SMTP server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformSystemTest {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> SERVICES = List.of("intake-service", "assessment-service", "response-service",
            "notification-service");

    private final PostgresAdmin postgres = new PostgresAdmin();
    private final List<String> databases = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final String officerPassword = UUID.randomUUID().toString();
    private EmbeddedKafka kafka;
    private GreenMail smtp;

    @BeforeAll
    void startThePlatform() throws Exception {
        Path root = Path.of(System.getProperty("foi.root", "..")).toAbsolutePath().normalize();
        Path logs = Files.createDirectories(root.resolve("system-tests/target/service-logs"));
        kafka = EmbeddedKafka.start(0, null, 3);
        smtp = new GreenMail(new ServerSetup(EmbeddedKafka.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        for (String service : SERVICES) {
            String database = postgres.createDatabase("system_" + service.replace("-service", ""));
            databases.add(database);
            int port = EmbeddedKafka.freePort();
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            int managementPort = EmbeddedKafka.freePort();
            env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
            env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
            env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put("FOI_OFFICER_PASSWORD_HASH", sha512Hex("officer:FOI:" + officerPassword));
            env.put("FOI_ADMIN_PASSWORD_HASH", sha512Hex("admin:FOI:" + officerPassword + "-admin"));
            env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            env.put("QUARKUS_MAILER_PORT", String.valueOf(smtp.getSmtp().getPort()));
            services.put(service, new ServiceProcess(service, root, port, managementPort, env, logs));
        }
        services.values().forEach(ServiceProcess::start);
        services.values().forEach(s -> s.awaitReady(READY));
    }

    @AfterAll
    void stopThePlatform() {
        services.values().forEach(ServiceProcess::stop);
        if (smtp != null) {
            smtp.stop();
        }
        if (kafka != null) {
            kafka.close();
        }
        databases.forEach(postgres::dropDatabase);
    }

    @Test
    void a_request_is_acknowledged_decided_and_answered_by_email() throws Exception {
        String email = "jane." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String reference = submitRequest(email);

        // 3. assessment-service opened the case with its due date.
        await().atMost(WAIT).untilAsserted(() -> officer().get(url("assessment-service", "/api/cases/" + reference))
                .then().statusCode(200).body("status", equalTo("OPEN")));
        String dueDate = officer().get(url("assessment-service", "/api/cases/" + reference)).then().extract()
                .path("dueDate");

        // 4. notification-service emailed the acknowledgement with the reference and due date.
        MimeMessage acknowledgement = awaitMail(email, "We have received your request for information " + reference);
        assertThat(GreenMailUtil.getBody(acknowledgement)).contains(reference)
                .contains(java.time.LocalDate.parse(dueDate)
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));

        // 5. An officer records the decision; response-service writes the letter; notification-service emails it.
        officer().contentType(ContentType.JSON).body("""
                {"outcomes": [
                  {"question": 1, "outcome": "INFORMATION_PROVIDED", "answer": "There were 47 reports & 3 repairs."},
                  {"question": 2, "outcome": "NOT_HELD", "answer": "We do not hold costs by street."}]}
                """).post(url("assessment-service", "/api/cases/" + reference + "/decision"))
                .then().statusCode(200).body("status", equalTo("DECISION_APPROVED"));

        MimeMessage response = awaitMail(email, "Your request for information " + reference);
        String letter = GreenMailUtil.getWholeMessage(response);
        assertThat(letter).contains("How many potholes were reported on Mill Lane in 2025?",
                "There were 47 reports &amp; 3 repairs.", "How much did the council spend repairing them?",
                "We do not hold costs by street.");
        assertThat(mailsTo(email)).hasSize(2);
    }

    @Test
    void a_request_accepted_while_assessment_is_stopped_is_processed_when_it_starts_again() {
        ServiceProcess assessment = services.get("assessment-service");
        assessment.stop();
        String email = "sam." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String reference;
        try {
            reference = submitRequest(email);
        } finally {
            assessment.start();
            assessment.awaitReady(READY);
        }

        await().atMost(WAIT).untilAsserted(() -> officer().get(url("assessment-service", "/api/cases/" + reference))
                .then().statusCode(200).body("status", equalTo("OPEN")));
        awaitMail(email, "We have received your request for information " + reference);
    }

    @Test
    void a_service_stopped_while_it_is_busy_loses_no_event_and_sends_no_second_email() throws Exception {
        int requests = 120;
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            emails.add("busy." + run + "." + i + "@example.org");
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> submitted = new ArrayList<>();
        for (String email : emails) {
            submitted.add(clients.submit(() -> submitRequest(email)));
        }
        ServiceProcess notification = services.get("notification-service");
        // Stopped while acknowledgements are still on their way: some are sent, the rest are queued or in hand.
        await().atMost(WAIT).until(() -> emails.stream().filter(e -> !mailsTo(e).isEmpty()).count() >= 5);
        notification.stop();
        List<String> references = new ArrayList<>();
        try {
            for (Future<String> reference : submitted) {
                references.add(reference.get(60, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdown();
            notification.start();
            notification.awaitReady(READY);
        }

        // On a timeout the failure names every request still without its acknowledgement.
        await().atMost(WAIT).untilAsserted(() -> assertThat(java.util.stream.IntStream.range(0, requests)
                .filter(i -> mailsTo(emails.get(i)).stream().noneMatch(m -> subjectOf(m)
                        .equals("We have received your request for information " + references.get(i))))
                .mapToObj(references::get).toList()).as("requests without an acknowledgement").isEmpty());
        // An email the SMTP server took just before the stop may go again, but as the same message (the same
        // Message-ID, so the requester's mail system shows one): never a second, different email.
        for (String email : emails) {
            assertThat(mailsTo(email).stream().map(PlatformSystemTest::messageId).distinct()).hasSize(1);
        }
        assertThat(deadLetters(Topics.deadLetter(Topics.INTAKE, "notification"), references)).isEmpty();
        assertThat(deadLetters(Topics.deadLetter(Topics.CASE, "notification"), references)).isEmpty();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getHeader("Message-ID")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records on a dead-letter topic with one of these keys, read from its beginning to its end. */
    private List<String> deadLetters(String topic, List<String> keys) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).containsKey(topic)
                    ? consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                            .map(p -> new TopicPartition(topic, p.partition())).toList()
                    : List.of();
            if (partitions.isEmpty()) {
                return found; // no message was ever dead-lettered here
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end within " + WAIT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (keys.contains(r.key())) {
                        found.add(r.key());
                    }
                });
            }
        }
        return found;
    }

    /** 1 and 2: the requester submits; intake answers 201 with the reference and publishes RequestReceived. */
    private String submitRequest(String email) {
        return given().contentType(ContentType.JSON).body("""
                {"requester": {"name": "Jane Citizen", "email": "%s"},
                 "questions": [{"text": "How many potholes were reported on Mill Lane in 2025?"},
                               {"text": "How much did the council spend repairing them?"}]}
                """.formatted(email))
                .post(url("intake-service", "/api/requests"))
                .then().statusCode(201).body("reference", matchesPattern("FOI-\\d{4}-\\d{6}"))
                .extract().path("reference");
    }

    private static String sha512Hex(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-512")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private RequestSpecification officer() {
        return given().auth().preemptive().basic("officer", officerPassword);
    }

    private String url(String service, String path) {
        return services.get(service).baseUrl() + path;
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private MimeMessage awaitMail(String email, String subject) {
        await().atMost(WAIT).until(() -> mailsTo(email).stream().anyMatch(m -> subjectOf(m).equals(subject)));
        return mailsTo(email).stream().filter(m -> subjectOf(m).equals(subject)).findFirst().orElseThrow();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
