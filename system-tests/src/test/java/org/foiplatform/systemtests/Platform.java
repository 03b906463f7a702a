package org.foiplatform.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

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

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.foiplatform.localstack.EmbeddedKafka;
import org.foiplatform.localstack.PostgresAdmin;
import org.foiplatform.localstack.testsupport.TcpProxy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The whole platform for black-box tests: the four packaged services as separate processes, a real Kafka broker
 * (3 partitions), PostgreSQL (a database per service, each reached through a {@link TcpProxy} so that a test can
 * take it away) and a GreenMail SMTP server; with what a requester, an officer and an admin do over HTTP, and
 * readers of the mail and of the dead-letter topics.
 */
final class Platform implements AutoCloseable {

    static final Duration READY = Duration.ofSeconds(120);
    static final List<String> SERVICES = List.of("intake-service", "assessment-service", "response-service",
            "notification-service");

    private final PostgresAdmin postgres = new PostgresAdmin();
    private final List<String> databases = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, TcpProxy> databaseProxies = new LinkedHashMap<>();
    private final String password = UUID.randomUUID().toString();
    private final org.foiplatform.localstack.testsupport.JwtKeyPair jwtKeys = new org.foiplatform.localstack.testsupport.JwtKeyPair();
    private EmbeddedKafka kafka;
    private int kafkaPort;
    private Path kafkaData;
    private GreenMail smtp;
    private TcpProxy smtpProxy;

    static Platform start() throws Exception {
        Platform platform = new Platform();
        try {
            platform.startAll();
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    private void startAll() throws Exception {
        Path root = Path.of(System.getProperty("foi.root", "..")).toAbsolutePath().normalize();
        Path logs = Files.createDirectories(root.resolve("system-tests/target/service-logs"));
        // A fixed port (the controller takes the next) and a kept folder, so that the broker can be stopped and
        // started again where the services and the data are.
        kafkaPort = EmbeddedKafka.freePortWithNextFree();
        kafkaData = Files.createTempDirectory("foi-system-kafka-");
        kafka = EmbeddedKafka.start(kafkaPort, kafkaData, 3);
        smtp = new GreenMail(new ServerSetup(EmbeddedKafka.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        smtpProxy = new TcpProxy("127.0.0.1", smtp.getSmtp().getPort());
        // Every port first: notification-service is told where response-service serves its letters.
        Map<String, Integer> ports = new HashMap<>();
        for (String service : SERVICES) {
            ports.put(service, EmbeddedKafka.freePort());
        }
        for (String service : SERVICES) {
            String database = postgres.createDatabase("system_" + service.replace("-service", ""));
            databases.add(database);
            TcpProxy proxy = new TcpProxy(postgres.host(), postgres.port());
            databaseProxies.put(service, proxy);
            int port = ports.get(service);
            int managementPort = EmbeddedKafka.freePort();
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
            env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database);
            env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
            env.put("FOI_OFFICER_PASSWORD_HASH", sha512Hex("officer:FOI:" + password));
            // The key pair of the officers' tokens: assessment-service signs, the others check.
            env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", jwtKeys.privateKey().toString());
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwtKeys.publicKey().toString());
            // assessment-service makes these accounts at its first start (bcrypt); the others check digest hashes.
            env.put("FOI_OFFICER_PASSWORD", password);
            env.put("FOI_APPROVER_PASSWORD", password + "-approver");
            env.put("FOI_ADMIN_PASSWORD", password + "-admin");
            env.put("FOI_ADMIN_PASSWORD_HASH", sha512Hex("admin:FOI:" + password + "-admin"));
            // notification-service fetches each issued letter from response-service as the mailer (a claim check).
            env.put("FOI_MAILER_PASSWORD", password + "-mailer");
            env.put("FOI_MAILER_PASSWORD_HASH", sha512Hex("mailer:FOI:" + password + "-mailer"));
            env.put("FOI_NOTIFICATION_LETTERS_BASE_URL", "http://127.0.0.1:" + ports.get("response-service"));
            // Every request of these tests comes from one address: the per-address limit is off, as under ./foi up.
            env.put("FOI_INTAKE_SUBMISSIONS_PER_MINUTE", "0");
            env.put("FOI_INTAKE_SUBMISSIONS_PER_EMAIL_PER_HOUR", "0");
            // The acknowledgement's private link: intake seals the token, notification opens it.
            env.put("FOI_TRACKING_LINK_KEY", "the system tests' tracking-link key, " + password);
            env.put("FOI_PORTAL_BASE_URL", "http://127.0.0.1:" + ports.get("intake-service"));
            env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            env.put("QUARKUS_MAILER_PORT", String.valueOf(smtpProxy.port()));
            services.put(service, new ServiceProcess(service, root, port, managementPort, env, logs));
        }
        services.values().forEach(ServiceProcess::start);
        services.values().forEach(s -> s.awaitReady(READY));
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    /** The proxy in front of a service's database: cut it to take the database away from that service. */
    TcpProxy database(String service) {
        return databaseProxies.get(service);
    }

    Map<String, TcpProxy> databases() {
        return databaseProxies;
    }

    GreenMail smtp() {
        return smtp;
    }

    /** The proxy in front of the SMTP server: cut it to take the mail server away from the services. */
    TcpProxy mailServer() {
        return smtpProxy;
    }

    /** The broker goes away: it stops, as a broker that is restarted or has crashed would. */
    void stopBroker() {
        kafka.close();
        kafka = null;
    }

    /** The broker is back, on the same port, with the same data. */
    void startBroker() {
        kafka = EmbeddedKafka.start(kafkaPort, kafkaData, 3);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String url(String service, String path) {
        return services.get(service).baseUrl() + path;
    }

    RequestSpecification officer() {
        return given().auth().preemptive().basic("officer", password);
    }

    /** A second officer, who approves the first's decisions (four eyes). */
    RequestSpecification approver() {
        return given().auth().preemptive().basic("approver", password + "-approver");
    }

    RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", password + "-admin");
    }

    /** A requester submits a request with two questions; the raw answer, whatever it is. */
    Response submit(String email) {
        return given().contentType(ContentType.JSON).body("""
                {"requester": {"name": "Jane Citizen", "email": "%s"},
                 "questions": [{"text": "How many potholes were reported on Mill Lane in 2025?"},
                               {"text": "How much did the council spend repairing them?"}]}
                """.formatted(email))
                .post(url("intake-service", "/api/requests"));
    }

    List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    MimeMessage awaitMail(String email, String subject, Duration wait) {
        await().atMost(wait).until(() -> mailsTo(email).stream().anyMatch(m -> subjectOf(m).equals(subject)));
        return mailsTo(email).stream().filter(m -> subjectOf(m).equals(subject)).findFirst().orElseThrow();
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getHeader("Message-ID")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    void produce(String topic, String key, String value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /** Every record of a topic, from its beginning to its end now; none if the topic does not exist. */
    List<ConsumerRecord<String, String>> records(String topic, Duration wait) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).containsKey(topic)
                    ? consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                            .map(p -> new TopicPartition(topic, p.partition())).toList()
                    : List.of();
            if (partitions.isEmpty()) {
                return found;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + wait.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end within " + wait);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        return found;
    }

    /** The keys on a dead-letter topic that are one of these keys. */
    List<String> deadLetters(String topic, List<String> keys, Duration wait) {
        return records(topic, wait).stream().map(ConsumerRecord::key).filter(keys::contains).toList();
    }

    private static String sha512Hex(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-512")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::stop);
        databaseProxies.values().forEach(TcpProxy::close);
        if (smtpProxy != null) {
            smtpProxy.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (kafkaData != null) {
            try (java.util.stream.Stream<Path> paths = Files.walk(kafkaData)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                // a temporary folder left behind is harmless
            }
        }
        databases.forEach(postgres::dropDatabase);
    }
}
