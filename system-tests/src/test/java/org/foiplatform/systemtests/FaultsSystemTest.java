package org.foiplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Faults injected into the running platform while requests are submitted, decided and answered, each ending
 * with an audit of what was accepted (the 201s) against what exists: one case per request, decided; one
 * acknowledgement and one response email per request (one Message-ID each: a resend of the same message, which
 * only a crash between the mail server's acceptance and the commit can cause, is counted apart); nothing
 * dead-lettered. A short version runs in {@code ./foi test}; {@code ./foi faults} runs a longer one
 * ({@code -Dfoi.faults.requests}, {@code -Dfoi.faults.mail-outage-seconds}) and keeps its table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsSystemTest {

    private static final int REQUESTS = Integer.getInteger("foi.faults.requests", 16);
    private static final Duration MAIL_OUTAGE = Duration.ofSeconds(Long.getLong("foi.faults.mail-outage-seconds", 10));
    private static final Duration DATABASE_OUTAGE = Duration.ofSeconds(
            Long.getLong("foi.faults.database-outage-seconds", 10));
    private static final Duration AUDIT_WAIT = Duration.ofSeconds(120);
    private static final String ACKNOWLEDGEMENT = "We have received your request for information ";
    private static final String RESPONSE = "Your request for information ";

    private Platform platform;
    private final List<Row> table = new CopyOnWriteArrayList<>();

    /** One scenario's line of the table. */
    record Row(String scenario, int accepted, int refused, int cases, int emails, int resent, int lost,
            long recoverySeconds) {
    }

    @BeforeAll
    void startThePlatform() throws Exception {
        platform = Platform.start();
    }

    @AfterAll
    void writeTheTableAndStop() throws IOException {
        if (platform != null) {
            platform.close();
        }
        StringBuilder md = new StringBuilder("# Faults: what was accepted against what exists\n\n")
                .append("Run ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(", ").append(REQUESTS).append(" requests per scenario, each submitted, decided and answered;")
                .append(" database outage ").append(DATABASE_OUTAGE.toSeconds()).append(" s, broker outages 3 and 20 s,")
                .append(" mail server outage ")
                .append(MAIL_OUTAGE.toSeconds()).append(" s.\n\n")
                .append("| Scenario | Accepted | Refused (503 or no connection) | Cases decided | Emails (distinct) "
                        + "| Resent (same Message-ID) | Lost | Recovery (s) |\n|---|---|---|---|---|---|---|---|\n");
        for (Row row : table) {
            md.append("| ").append(row.scenario()).append(" | ").append(row.accepted()).append(" | ")
                    .append(row.refused()).append(" | ").append(row.cases()).append(" | ").append(row.emails())
                    .append(" | ").append(row.resent()).append(" | ").append(row.lost()).append(" | ")
                    .append(row.recoverySeconds()).append(" |\n");
        }
        Path out = Path.of("target", "faults.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }

    @ParameterizedTest(name = "kill -9 {0} mid-load, then restart it")
    @ValueSource(strings = { "intake-service", "assessment-service", "response-service", "notification-service" })
    @Order(1)
    void a_service_killed_mid_load_and_restarted_loses_nothing_and_doubles_nothing(String service) throws Exception {
        ServiceProcess victim = platform.service(service);
        run("kill -9 " + service, load -> {
            load.awaitProgress(REQUESTS / 3);
            victim.kill();
            victim.start();
            victim.awaitReady(Platform.READY);
        });
    }

    @Test
    @Order(2)
    void the_database_away_mid_load_refuses_clearly_and_every_service_recovers_by_itself()
            throws Exception {
        AtomicInteger refusedWithRetryAfter = new AtomicInteger();
        Row row = run("PostgreSQL away " + DATABASE_OUTAGE.toSeconds() + " s", load -> {
            load.awaitProgress(REQUESTS / 3);
            platform.databases().values().forEach(p -> p.cut());
            try {
                // Meanwhile a submission is refused with 503 and Retry-After, never a 201 that is later lost.
                Response refused = platform.submit("refused." + UUID.randomUUID() + "@example.org");
                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).isEqualTo("10");
                refusedWithRetryAfter.incrementAndGet();
                Thread.sleep(DATABASE_OUTAGE.toMillis()); // the fault's length: a duration, not a proof
            } finally {
                platform.databases().values().forEach(p -> p.restore());
            }
        });
        assertThat(refusedWithRetryAfter).hasValue(1);
        // An email the mail server accepted while the database went away is recorded when it is back, not sent
        // again: no copy at all here (only a crash, or a cut of the mail connection itself, can make one).
        assertThat(row.resent()).as("emails sent twice across the database outage").isZero();
    }

    @ParameterizedTest(name = "the broker stopped {0} s mid-load, then started again")
    // A quick restart, and an outage longer than the outbox relay's delivery timeout (15 s): sends time out.
    @ValueSource(ints = { 3, 20 })
    @Order(3)
    void the_broker_away_mid_load_delays_events_and_loses_none(int seconds) throws Exception {
        run("Kafka broker away " + seconds + " s", load -> {
            load.awaitProgress(REQUESTS / 3);
            platform.stopBroker();
            try {
                // Requests are still accepted: the events wait in intake's outbox. This one is audited too.
                String email = "while-broker-away." + UUID.randomUUID() + "@example.org";
                load.accept(platform.submit(email).then().statusCode(201).extract().path("reference"), email);
                Thread.sleep(seconds * 1000L); // the fault's length
            } finally {
                platform.startBroker();
            }
        });
    }

    @Test
    @Order(4)
    void the_mail_server_away_mid_load_delays_the_emails_and_each_goes_once() throws Exception {
        run("mail server away " + MAIL_OUTAGE.toSeconds() + " s", load -> {
            load.awaitProgress(REQUESTS / 3);
            // Cut in front of the server, which keeps what it received (a stopped GreenMail forgets it).
            platform.mailServer().cut();
            try {
                Thread.sleep(MAIL_OUTAGE.toMillis()); // the fault's length
            } finally {
                platform.mailServer().restore();
            }
        });
    }

    @Test
    @Order(5)
    void poison_on_every_topic_is_dead_lettered_by_each_consumer_and_the_rest_flows() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<String>> consumers = new LinkedHashMap<>();
        consumers.put(Topics.INTAKE, List.of("assessment", "notification"));
        consumers.put(Topics.CASE, List.of("response", "notification"));
        consumers.put(Topics.RESPONSE, List.of("notification"));
        consumers.put(Topics.NOTIFICATION, List.of("assessment"));
        consumers.put(Topics.OPERATIONS, List.of("assessment"));
        run("poison on every topic", load -> {
            for (String topic : consumers.keySet()) {
                platform.produce(topic, "malformed-" + run, "{ not an event");
                platform.produce(topic, "unknown-" + run, GoldenSamples.raw(EventType.CASE_OPENED)
                        .replace("foi.case.case-opened", "foi.case.case-archived-" + run));
            }
            // Readable events that fail every time (a reference longer than any column for it).
            String unstorable = TopicReader.UNSTORABLE_REFERENCE;
            platform.produce(Topics.INTAKE, unstorable, GoldenSamples.forReference(EventType.REQUEST_RECEIVED,
                    unstorable, UUID.randomUUID()));
            platform.produce(Topics.CASE, unstorable, GoldenSamples.forReference(EventType.DECISION_APPROVED,
                    unstorable, UUID.randomUUID()));
            platform.produce(Topics.RESPONSE, unstorable, GoldenSamples.forReference(EventType.RESPONSE_ISSUED,
                    unstorable, UUID.randomUUID()));
        });
        for (Map.Entry<String, List<String>> topic : consumers.entrySet()) {
            for (String consumer : topic.getValue()) {
                String dlq = Topics.deadLetter(topic.getKey(), consumer);
                List<String> keys = platform.records(dlq, AUDIT_WAIT).stream().map(r -> r.key()).toList();
                assertThat(keys).as(dlq).contains("malformed-" + run).doesNotContain("unknown-" + run);
            }
        }
        // A poison message is not an outage: every service stays ready.
        for (String service : Platform.SERVICES) {
            io.restassured.RestAssured.given().get(platform.service(service).managementUrl() + "/q/health/ready")
                    .then().statusCode(200);
        }
        List<String> failing = List.of(TopicReader.UNSTORABLE_REFERENCE);
        assertThat(platform.deadLetters(Topics.deadLetter(Topics.INTAKE, "assessment"), failing, AUDIT_WAIT)).isNotEmpty();
        assertThat(platform.deadLetters(Topics.deadLetter(Topics.CASE, "response"), failing, AUDIT_WAIT)).isNotEmpty();
        assertThat(platform.deadLetters(Topics.deadLetter(Topics.RESPONSE, "notification"), failing, AUDIT_WAIT))
                .isNotEmpty();
    }

    @FunctionalInterface
    interface Fault {
        void inject(Load load) throws Exception;
    }

    /** Runs the load with the fault in the middle of it, then audits, adds the row and asserts it. */
    private Row run(String scenario, Fault fault) throws Exception {
        Load load = new Load();
        load.start();
        long faultOver;
        try {
            fault.inject(load);
            faultOver = System.nanoTime();
        } finally {
            load.finish();
        }
        Row row = audit(scenario, load, faultOver);
        table.add(row);
        assertThat(row.lost()).as("%s: requests accepted but not fully handled", scenario).isZero();
        assertThat(row.cases()).as("%s: cases decided", scenario).isEqualTo(row.accepted());
        assertThat(row.emails()).as("%s: distinct emails (acknowledgement and response per request)", scenario)
                .isEqualTo(2 * row.accepted());
        List<String> references = new ArrayList<>(load.accepted.keySet());
        for (String dlq : List.of(Topics.deadLetter(Topics.INTAKE, "assessment"),
                Topics.deadLetter(Topics.INTAKE, "notification"), Topics.deadLetter(Topics.CASE, "response"),
                Topics.deadLetter(Topics.CASE, "notification"), Topics.deadLetter(Topics.RESPONSE, "notification"))) {
            assertThat(platform.deadLetters(dlq, references, AUDIT_WAIT)).as("%s: %s", scenario, dlq).isEmpty();
        }
        return row;
    }

    private Row audit(String scenario, Load load, long faultOver) {
        Map<String, String> accepted = load.accepted;
        // Every accepted request's emails arriving is the positive condition waited for; what is still missing at
        // the deadline is counted as lost in the table (and fails the scenario), instead of an exception here.
        try {
            org.awaitility.Awaitility.await().atMost(AUDIT_WAIT).until(() -> missing(accepted).isEmpty());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // counted below
        }
        List<String> missing = missing(accepted);
        long recovery = Math.max(0, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - faultOver));
        int cases = 0;
        int emails = 0;
        int resent = 0;
        for (Map.Entry<String, String> request : accepted.entrySet()) {
            Response found = platform.officer().get(platform.url("assessment-service", "/api/cases/" + request.getKey()));
            // Approved, and responded to once its letter is issued.
            if (found.statusCode() == 200 && List.of("DECISION_APPROVED", "RESPONDED").contains(found.path("status"))) {
                cases++;
            }
            List<MimeMessage> mails = platform.mailsTo(request.getValue());
            long distinct = mails.stream().map(Platform::messageId).distinct().count();
            emails += (int) distinct;
            resent += mails.size() - (int) distinct;
        }
        return new Row(scenario, accepted.size(), load.refused.get(), cases, emails, resent, missing.size(), recovery);
    }

    /** The accepted requests still without their acknowledgement or response email. */
    private List<String> missing(Map<String, String> accepted) {
        List<String> missing = new ArrayList<>();
        accepted.forEach((reference, email) -> {
            List<String> subjects = platform.mailsTo(email).stream().map(Platform::subjectOf).toList();
            if (!subjects.contains(ACKNOWLEDGEMENT + reference) || !subjects.contains(RESPONSE + reference)) {
                missing.add(reference);
            }
        });
        return missing;
    }

    /**
     * The load: {@link #REQUESTS} requesters submitting from 4 threads, a little apart so that a fault lands in
     * the middle, and an officer deciding each accepted request as soon as its case is open (trying again while
     * assessment-service is away), so that every request goes the whole way to its response email.
     */
    final class Load {
        final Map<String, String> accepted = new ConcurrentHashMap<>();
        final AtomicInteger refused = new AtomicInteger();
        private final String run = UUID.randomUUID().toString().substring(0, 8);
        private final ExecutorService requesters = Executors.newFixedThreadPool(4);
        private final ExecutorService officer = Executors.newSingleThreadExecutor();
        private final AtomicInteger submitted = new AtomicInteger();

        void start() {
            for (int t = 0; t < 4; t++) {
                requesters.submit(() -> {
                    for (int i = submitted.getAndIncrement(); i < REQUESTS; i = submitted.getAndIncrement()) {
                        String email = "faults." + run + "." + i + "@example.org";
                        try {
                            Response response = platform.submit(email);
                            if (response.statusCode() == 201) {
                                accept(response.path("reference"), email);
                            } else {
                                refused.incrementAndGet();
                            }
                        } catch (Exception e) {
                            refused.incrementAndGet(); // no connection (RestAssured throws it unchecked): intake is away
                        }
                        pause(150);
                    }
                    return null;
                });
            }
        }

        /** An accepted request: audited at the end, and decided by the officer as soon as its case is open. */
        void accept(String reference, String email) {
            accepted.put(reference, email);
            officer.submit(() -> decide(reference));
        }

        /** Waits until at least {@code count} requests were accepted: the fault lands mid-load. */
        void awaitProgress(int count) {
            long deadline = System.nanoTime() + AUDIT_WAIT.toNanos();
            while (accepted.size() < count) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("The load never reached " + count + " accepted requests");
                }
                pause(20);
            }
        }

        /** Waits for every submission and every decision. */
        void finish() throws InterruptedException {
            requesters.shutdown();
            assertThat(requesters.awaitTermination(AUDIT_WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            officer.shutdown();
            assertThat(officer.awaitTermination(AUDIT_WAIT.toSeconds() * 2, TimeUnit.SECONDS)).isTrue();
        }

        private void decide(String reference) {
            long deadline = System.nanoTime() + AUDIT_WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    Response response = platform.officer().contentType(ContentType.JSON).body("""
                            {"outcomes": [
                              {"question": 1, "outcome": "INFORMATION_PROVIDED", "answer": "47 reports."},
                              {"question": 2, "outcome": "NOT_HELD", "answer": "Not held by street."}]}
                            """).post(platform.url("assessment-service", "/api/cases/" + reference + "/decision"));
                    if (response.statusCode() == 200) {
                        platform.approver().contentType(ContentType.JSON).body("{\"approve\": true}")
                                .post(platform.url("assessment-service", "/api/cases/" + reference + "/approval"));
                    }
                    // Decided once the case says so, whatever the answers were (one may have been lost on the way).
                    String status = platform.officer().get(platform.url("assessment-service", "/api/cases/"
                            + reference)).path("status");
                    if (List.of("DECISION_APPROVED", "RESPONDED").contains(status)) {
                        return;
                    }
                } catch (Exception e) {
                    // no connection: assessment-service is away for now
                }
                pause(250);
            }
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
