package org.foiplatform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.InjectDatabaseProxy;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TcpProxy;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.foiplatform.messaging.outbox.Outbox;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The runtime against a real broker and a real database. The relay's safety poll is an hour in these
 * tests, so every event that arrives was sent because a commit woke the relay, and every batch after the
 * first because the relay kept draining.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = {
        @ResourceArg(name = "prefix", value = "messaging_test"), @ResourceArg(name = "proxy", value = "true") })
class MessagingRuntimeTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EventRecorder events;

    @Inject
    EventHandlers handlers;

    @Inject
    Pruning pruning;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @InjectDatabaseProxy
    TcpProxy database;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    private final EventCodec codec = new EventCodec();

    private <T extends Record> T sample(EventType type, String reference) {
        @SuppressWarnings("unchecked")
        T payload = (T) codec.payload(codec.read(GoldenSamples.forReference(type, reference)), type.payloadType());
        return payload;
    }

    @Test
    void a_commit_wakes_the_relay_and_each_event_goes_to_the_topic_of_its_type() {
        String reference = TestReferences.next();
        QuarkusTransaction.requiringNew().run(() -> {
            events.record(EventType.REQUEST_RECEIVED, reference, sample(EventType.REQUEST_RECEIVED, reference));
            events.record(EventType.CASE_OPENED, reference, sample(EventType.CASE_OPENED, reference));
        });

        assertThat(TopicReader.await(kafka, Topics.INTAKE, reference, 1, WAIT)).hasSize(1);
        ConsumerRecord<String, String> caseRecord = TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT).get(0);
        assertThat(codec.read(caseRecord.value()).type()).isEqualTo(EventType.CASE_OPENED.wireName());
        assertThat(sentAt(reference)).allMatch(sent -> sent != null);
    }

    @Test
    void more_events_than_a_batch_are_all_sent_in_the_order_they_were_recorded() {
        String reference = TestReferences.next();
        int count = 175; // three and a half batches of 50
        List<UUID> recorded = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                recorded.add(events.record(EventType.CASE_OPENED, reference, sample(EventType.CASE_OPENED, reference))
                        .eventId());
            }
        });

        List<UUID> published = TopicReader.await(kafka, Topics.CASE, reference, count, WAIT).stream()
                .map(r -> codec.read(r.value()).eventId()).toList();
        assertThat(published).containsExactlyElementsOf(recorded);
    }

    @Test
    void an_event_recorded_in_a_transaction_that_rolls_back_is_never_sent() {
        String reference = TestReferences.next();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            events.record(EventType.CASE_OPENED, reference, sample(EventType.CASE_OPENED, reference));
            throw new IllegalStateException("the use case fails after recording");
        })).isInstanceOf(IllegalStateException.class);
        // A later event on the same key is the marker: once it is on the topic, the first would be too.
        UUID marker = QuarkusTransaction.requiringNew().call(() -> events
                .record(EventType.CASE_OPENED, reference, sample(EventType.CASE_OPENED, reference)).eventId());

        List<ConsumerRecord<String, String>> onTopic = TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);
        assertThat(onTopic).extracting(r -> codec.read(r.value()).eventId()).containsExactly(marker);
    }

    @Test
    void recording_an_event_outside_a_transaction_is_refused_so_it_can_never_be_a_dual_write() {
        String reference = TestReferences.next();
        assertThatThrownBy(() -> events.record(EventType.CASE_OPENED, reference,
                sample(EventType.CASE_OPENED, reference)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside the caller's transaction");
        assertThat(sentAt(reference)).isEmpty();
    }

    @Test
    void an_event_the_broker_refuses_for_good_is_parked_with_its_reason_and_the_events_after_it_go_on()
            throws Exception {
        String reference = TestReferences.next();
        String topic = Topics.NOTIFICATION;
        java.util.Properties admin = new java.util.Properties();
        admin.put("bootstrap.servers", kafka.getBootstrapServers());
        org.apache.kafka.common.config.ConfigResource resource = new org.apache.kafka.common.config.ConfigResource(
                org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
        try (org.apache.kafka.clients.admin.Admin client = org.apache.kafka.clients.admin.Admin.create(admin)) {
            if (!client.listTopics().names().get().contains(topic)) {
                client.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 1, (short) 1))).all().get();
            }
            // This topic now takes record batches of at most 1,000 bytes: a larger one is refused for good.
            alterTopic(client, resource, new org.apache.kafka.clients.admin.AlterConfigOp(
                    new org.apache.kafka.clients.admin.ConfigEntry("max.message.bytes", "1000"),
                    org.apache.kafka.clients.admin.AlterConfigOp.OpType.SET));
            UUID refused;
            try {
                refused = QuarkusTransaction.requiringNew().call(() -> events.record(EventType.NOTIFICATION_SENT,
                        reference, new org.foiplatform.contracts.events.NotificationSent(reference, UUID.randomUUID(),
                                incompressible(3_000), "<id@test>", clock.instant())).eventId());
                UUID after = QuarkusTransaction.requiringNew().call(() -> events.record(EventType.CASE_OPENED,
                        reference, sample(EventType.CASE_OPENED, reference)).eventId());

                // The event after it was published: one refusal does not stop the service's publishing.
                assertThat(TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT))
                        .extracting(r -> codec.read(r.value()).eventId()).containsExactly(after);
                org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(parked(refused))
                        .contains("RecordTooLargeException"));
                assertThat(metrics.get("foi.outbox.parked.events").gauge().value()).isGreaterThanOrEqualTo(1);
                // Never only a log line: a notice of it went out on the operations topic, keyed by the reference,
                // for the case's timeline.
                ConsumerRecord<String, String> notice = TopicReader.await(kafka, Topics.OPERATIONS, reference, 1, WAIT)
                        .get(0);
                org.foiplatform.localstack.testsupport.ContractSchemas.assertValid(notice.value());
                EventEnvelope noticed = codec.read(notice.value());
                assertThat(noticed.type()).isEqualTo(EventType.EVENT_PARKED.wireName());
                assertThat(noticed.causationId()).isEqualTo(refused);
                org.foiplatform.contracts.events.EventParked parkedNotice = codec.payload(noticed,
                        org.foiplatform.contracts.events.EventParked.class);
                assertThat(parkedNotice.eventId()).isEqualTo(refused);
                assertThat(parkedNotice.service()).isEqualTo("messaging-runtime-test");
                assertThat(parkedNotice.eventType()).isEqualTo(EventType.NOTIFICATION_SENT.wireName());
                assertThat(parkedNotice.topic()).isEqualTo(topic);
                assertThat(parkedNotice.reason()).contains("RecordTooLargeException");
                // The admin sees it, with the reason.
                io.restassured.RestAssured.given().auth().preemptive().basic("admin", "test-admin-pw")
                        .get("/api/admin/parked-events").then().statusCode(200)
                        .body("parkedEvents.find { it.eventId == '" + refused + "' }.reason",
                                org.hamcrest.Matchers.containsString("RecordTooLargeException"));
            } finally {
                alterTopic(client, resource, new org.apache.kafka.clients.admin.AlterConfigOp(
                        new org.apache.kafka.clients.admin.ConfigEntry("max.message.bytes", ""),
                        org.apache.kafka.clients.admin.AlterConfigOp.OpType.DELETE));
            }
            // The cause fixed (the topic takes it now), the admin gives it back to the relay, and it is published.
            io.restassured.RestAssured.given().auth().preemptive().basic("admin", "test-admin-pw")
                    .post("/api/admin/parked-events/" + refused + "/replay").then().statusCode(200)
                    .body("outcome", org.hamcrest.Matchers.equalTo("REQUEUED"));
            assertThat(TopicReader.await(kafka, topic, reference, 1, WAIT))
                    .extracting(r -> codec.read(r.value()).eventId()).containsExactly(refused);
            assertThat(parked(refused)).isNull();
        }
    }

    /** Random letters and digits, which the relay's compression cannot shrink below the topic's limit. */
    private static String incompressible(int length) {
        byte[] random = new byte[length];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getEncoder().encodeToString(random).substring(0, length);
    }

    private static void alterTopic(org.apache.kafka.clients.admin.Admin client,
            org.apache.kafka.common.config.ConfigResource resource, org.apache.kafka.clients.admin.AlterConfigOp op)
            throws Exception {
        client.incrementalAlterConfigs(java.util.Map.of(resource, List.of(op))).all().get();
    }

    /** The reason an outbox row was parked for, or null while it is not parked. */
    private String parked(UUID eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("select last_error from outbox_event where event_id = ? and parked_at is not null")) {
            statement.setObject(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    @Test
    void an_event_larger_than_the_limit_is_refused_when_recorded_not_later() {
        String reference = TestReferences.next();
        RequestReceived big = sample(EventType.REQUEST_RECEIVED, reference);
        RequestReceived tooBig = new RequestReceived(big.reference(), big.receivedAt(), big.requester(),
                List.of(new RequestReceived.Question(1, "x".repeat(30_000))));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                .run(() -> events.record(EventType.REQUEST_RECEIVED, reference, tooBig)))
                .isInstanceOf(Outbox.EventTooLargeException.class).hasMessageContaining("limit is 20000");
        assertThat(sentAt(reference)).isEmpty();
    }

    @Test
    void a_handler_sees_each_event_once_and_what_it_records_continues_the_correlation() {
        String reference = TestReferences.next();
        AtomicInteger calls = new AtomicInteger();
        EventRouter router = handlers.consumer("runtime-test")
                .on(EventType.REQUEST_RECEIVED, RequestReceived.class, request -> {
                    calls.incrementAndGet();
                    events.record(EventType.CASE_OPENED, request.reference(), sample(EventType.CASE_OPENED, reference));
                })
                .build();
        String message = GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference);
        EventEnvelope received = codec.read(message);

        router.route(message);
        router.route(message);

        assertThat(calls).hasValue(1);
        EventEnvelope opened = codec.read(TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT).get(0).value());
        assertThat(opened.correlationId()).isEqualTo(received.correlationId());
        assertThat(opened.causationId()).isEqualTo(received.eventId());
    }

    @Test
    void a_failed_attempt_rolls_back_its_inbox_row_so_the_retry_handles_the_event() {
        String reference = TestReferences.next();
        AtomicInteger calls = new AtomicInteger();
        EventRouter router = handlers.consumer("runtime-test-retry")
                .on(EventType.CASE_OPENED, CaseOpened.class, opened -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("the database went away for a moment");
                    }
                })
                .build();

        router.route(GoldenSamples.forReference(EventType.CASE_OPENED, reference));

        assertThat(calls).hasValue(2);
    }

    @Test
    void an_event_handled_while_the_database_is_away_is_kept_and_handled_once_when_it_is_back() throws Exception {
        String reference = TestReferences.next();
        AtomicInteger handled = new AtomicInteger();
        EventRouter router = handlers.consumer("runtime-test-outage")
                .on(EventType.CASE_OPENED, CaseOpened.class, opened -> handled.incrementAndGet())
                .build();
        String event = GoldenSamples.forReference(EventType.CASE_OPENED, reference);
        java.util.concurrent.CompletableFuture<EventRouter.Routed> routing;
        database.cut();
        try {
            routing = java.util.concurrent.CompletableFuture.supplyAsync(() -> router.route(event));
            // Far more tries at the database than the 5 attempts a failing event gets: it is kept, not given up
            // (given up, the future would have completed with the failure, for the dead-letter topic).
            org.awaitility.Awaitility.await().atMost(WAIT).until(() -> database.refusedSinceCut() >= 8);
            assertThat(routing).isNotDone();
        } finally {
            database.restore();
        }

        assertThat(routing.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).handled()).isTrue();
        assertThat(handled).hasValue(1);
        try (Connection connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "select count(*) from processed_event where consumer = 'runtime-test-outage' and event_id = ?")) {
            statement.setObject(1, codec.read(event).eventId());
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void pruning_removes_only_old_sent_outbox_rows_and_old_inbox_rows() throws SQLException {
        Instant now = clock.instant();
        Instant old = now.minus(Duration.ofDays(40));
        String reference = TestReferences.next();
        long oldSent = insertOutboxRow(reference, old, old, null);
        long oldUnsent = insertOutboxRow(reference, old, null, null);
        long oldParked = insertOutboxRow(reference, old, null, old);
        long recentSent = insertOutboxRow(reference, now, now, null);
        UUID oldHandled = insertInboxRow(old);
        UUID recentHandled = insertInboxRow(now.minus(Duration.ofDays(1)));

        pruning.prune();

        assertThat(outboxIds(reference)).contains(oldUnsent, oldParked, recentSent).doesNotContain(oldSent);
        assertThat(inboxHas(oldHandled)).isFalse();
        assertThat(inboxHas(recentHandled)).isTrue();
    }

    // -- plain JDBC helpers; rows are written directly so that their ages can be set

    private List<Instant> sentAt(String reference) {
        return query("select sent_at from outbox_event where message_key = ?", reference, rs -> {
            Timestamp sent = rs.getTimestamp(1);
            return sent == null ? null : sent.toInstant();
        });
    }

    private List<Long> outboxIds(String reference) {
        return query("select id from outbox_event where message_key = ?", reference, rs -> rs.getLong(1));
    }

    private boolean inboxHas(UUID eventId) {
        return !query("select event_id from processed_event where event_id = ?", eventId, rs -> rs.getObject(1))
                .isEmpty();
    }

    private long insertOutboxRow(String reference, Instant created, Instant sent, Instant parked) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into outbox_event (event_id, topic, message_key, event_type, correlation_id, message, created_at,"
                        + " sent_at, parked_at) values (?, 'foi.test.v1', ?, 'test', ?, '{}', ?, ?, ?) returning id")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, reference);
            insert.setObject(3, UUID.randomUUID());
            insert.setTimestamp(4, Timestamp.from(created));
            insert.setTimestamp(5, sent == null ? null : Timestamp.from(sent));
            insert.setTimestamp(6, parked == null ? null : Timestamp.from(parked));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private UUID insertInboxRow(Instant processed) throws SQLException {
        UUID eventId = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into processed_event (consumer, event_id, processed_at) values ('runtime-test-prune', ?, ?)")) {
            insert.setObject(1, eventId);
            insert.setTimestamp(2, Timestamp.from(processed));
            insert.executeUpdate();
        }
        return eventId;
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Object parameter, Row<T> row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, parameter);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
