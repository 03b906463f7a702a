package org.foiplatform.intake.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.intake.application.SubmitRequest;
import org.foiplatform.intake.domain.Submission;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "intake_test"))
class SubmitRequestApiTest {

    private static final String VALID = """
            {"requester": {"name": "Jane Citizen", "email": "jane@example.org"},
             "questions": [{"text": "How many potholes were reported on Mill Lane in 2025?"},
                           {"text": "How much did the council spend repairing them?"}]}
            """;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    SubmitRequest submitRequest;

    private final EventCodec codec = new EventCodec();

    @Test
    void a_valid_request_is_stored_and_published_keyed_by_its_reference() {
        // The same request made before, so that this one names it in relatedRequests as the golden sample does.
        given().contentType(ContentType.JSON).body(VALID).post("/api/requests").then().statusCode(201);
        String reference = given().contentType(ContentType.JSON).body(VALID)
                .when().post("/api/requests")
                .then().statusCode(201)
                .body("reference", matchesPattern("FOI-\\d{4}-\\d{6}"))
                .body("receivedAt", notNullValue())
                .extract().path("reference");

        assertThat(rows("select count(*) from information_request where reference = '" + reference + "'")).isEqualTo(1);
        assertThat(rows("select count(*) from request_question where reference = '" + reference + "'")).isEqualTo(2);

        ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.INTAKE, reference, 1,
                Duration.ofSeconds(30)).get(0);
        assertThat(GoldenSamples.fieldPaths(record.value()))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(EventType.REQUEST_RECEIVED)));
        ContractSchemas.assertValid(record.value());
        EventEnvelope envelope = codec.read(record.value());
        assertThat(envelope.is(EventType.REQUEST_RECEIVED)).isTrue();
        assertThat(envelope.reference()).isEqualTo(reference);
        RequestReceived payload = codec.payload(envelope, RequestReceived.class);
        assertThat(payload.requester().email()).isEqualTo("jane@example.org");
        assertThat(payload.questions()).extracting(RequestReceived.Question::number).containsExactly(1, 2);
        assertThat(payload.regime()).isEqualTo("FOIA");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(
                "select count(*) from outbox_event where message_key = '" + reference + "' and sent_at is not null"))
                .isEqualTo(1));
    }

    @Test
    void a_request_gets_a_private_tracking_token_once_and_only_its_hash_is_kept_published_or_logged() {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        String key = UUID.randomUUID().toString();
        io.restassured.response.Response first;
        try {
            first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID)
                    .post("/api/requests").then().statusCode(201)
                    .body("trackingToken", matchesPattern("[A-Za-z0-9_-]{43}")).extract().response();
        } finally {
            root.removeHandler(capture);
        }
        String reference = first.path("reference");
        String token = first.path("trackingToken");
        assertThat(first.<String>path("trackingLink")).isEqualTo("/requests/" + reference + "?token=" + token);
        String hash = org.foiplatform.intake.domain.TrackingToken.hashOf(token);
        assertThat(rows("select count(*) from information_request where reference = '" + reference
                + "' and tracking_token_hash = '" + hash + "'")).isEqualTo(1);
        RequestReceived payload = codec.payload(codec.read(TopicReader.await(kafka, Topics.INTAKE, reference, 1,
                Duration.ofSeconds(30)).get(0).value()), RequestReceived.class);
        assertThat(payload.trackingTokenHash()).isEqualTo(hash);
        assertThat(rows("select count(*) from outbox_event where message like '%" + token + "%'")).isZero();
        assertThat(logged).isNotEmpty().noneSatisfy(line -> assertThat(line).contains(token));
        // A replay cannot give the token again: only its hash was kept.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID).post("/api/requests")
                .then().statusCode(201).body("reference", equalTo(reference))
                .body("trackingToken", org.hamcrest.Matchers.nullValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing name | {\"requester\": {\"email\": \"jane@example.org\"}, \"questions\": [{\"text\": \"Q?\"}]} | requester.name",
            "malformed email | {\"requester\": {\"name\": \"Jane\", \"email\": \"jane.example.org\"}, \"questions\": [{\"text\": \"Q?\"}]} | requester.email",
            "no questions | {\"requester\": {\"name\": \"Jane\", \"email\": \"jane@example.org\"}, \"questions\": []} | questions",
            "blank question | {\"requester\": {\"name\": \"Jane\", \"email\": \"jane@example.org\"}, \"questions\": [{\"text\": \" \"}]} | questions[0].text",
            "malformed JSON | {\"requester\": {\"name\": \"Jane\", | body",
            "wrong JSON type | {\"requester\": \"Jane\", \"questions\": []} | requester",
            "unknown regime | {\"requester\": {\"name\": \"Jane\", \"email\": \"jane@example.org\"}, \"questions\": [{\"text\": \"Q?\"}], \"regime\": \"GDPR\"} | regime",
    })
    void bad_input_is_refused_with_a_problem_naming_the_field_and_nothing_is_stored(String why, String body,
            String field) {
        long requestsBefore = rows("select count(*) from information_request");
        long outboxBefore = rows("select count(*) from outbox_event");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("errors.field", hasItem(field));

        assertThat(rows("select count(*) from information_request")).isEqualTo(requestsBefore);
        assertThat(rows("select count(*) from outbox_event")).isEqualTo(outboxBefore);
    }

    @Test
    void the_regime_the_requester_names_travels_with_the_request() {
        String reference = given().contentType(ContentType.JSON)
                .body(VALID.replaceFirst("\\{", "{\"regime\": \"eir\", "))
                .when().post("/api/requests")
                .then().statusCode(201).extract().path("reference");

        assertThat(rows("select count(*) from information_request where reference = '" + reference
                + "' and regime = 'EIR'")).isEqualTo(1);
        RequestReceived payload = codec.payload(codec.read(TopicReader.await(kafka, Topics.INTAKE, reference, 1,
                Duration.ofSeconds(30)).get(0).value()), RequestReceived.class);
        assertThat(payload.regime()).isEqualTo("EIR");
    }

    @Test
    void the_same_idempotency_key_twice_gives_the_first_reference_and_stores_one_request() {
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID)
                .post("/api/requests").then().statusCode(201).extract().path("reference");
        String second = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID)
                .post("/api/requests").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("reference");

        assertThat(second).isEqualTo(first);
        assertThat(rows("select count(*) from information_request where idempotency_key = '" + key + "'")).isEqualTo(1);
        // One event was recorded with the request, so one can ever be published: the outbox proves it at once,
        // without waiting to see that nothing more arrives.
        assertThat(rows("select count(*) from outbox_event where message_key = '" + first + "'")).isEqualTo(1);
        assertThat(TopicReader.await(kafka, Topics.INTAKE, first, 1, Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void concurrent_submissions_with_one_idempotency_key_all_get_the_same_reference() throws Exception {
        String key = UUID.randomUUID().toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            // All four wait at the barrier and then send at once, so the requests really overlap.
            var start = new java.util.concurrent.CyclicBarrier(4);
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                            .body(VALID).post("/api/requests").then().statusCode(201).extract().<String>path("reference");
                }));
            }
            java.util.Set<String> references = new java.util.HashSet<>();
            for (var answer : answers) {
                references.add(answer.get());
            }
            assertThat(references).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows("select count(*) from information_request where idempotency_key = '" + key + "'")).isEqualTo(1);
    }

    @Test
    void the_event_is_recorded_in_the_same_transaction_as_the_request_and_rolls_back_with_it() {
        long requestsBefore = rows("select count(*) from information_request");
        long outboxBefore = rows("select count(*) from outbox_event");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            submitRequest.submit(new Submission("Jane", "jane@example.org", List.of("Q?")), Optional.empty());
            throw new IllegalStateException("the transaction fails after the request and its event were written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rows("select count(*) from information_request")).isEqualTo(requestsBefore);
        assertThat(rows("select count(*) from outbox_event")).isEqualTo(outboxBefore);
    }

    @Test
    void an_event_the_broker_refuses_for_good_is_parked_and_later_events_still_go_out() {
        // Larger than the producer's max.request.size (1 MB): Kafka refuses it with RecordTooLargeException.
        String tooLarge = "x".repeat(1_100_000);
        UUID eventId = UUID.randomUUID();
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement("insert into "
                + "outbox_event (event_id, topic, message_key, event_type, correlation_id, message, created_at) values"
                + " (?, 'foi.intake.v1', 'FOI-1999-000001', 'foi.intake.request-received', ?, ?, now())")) {
            insert.setObject(1, eventId);
            insert.setObject(2, eventId);
            insert.setString(3, tooLarge);
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        String reference = given().contentType(ContentType.JSON).body(VALID).post("/api/requests")
                .then().statusCode(201).extract().path("reference");

        TopicReader.await(kafka, Topics.INTAKE, reference, 1, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(
                "select count(*) from outbox_event where event_id = '" + eventId + "' and parked_at is not null "
                        + "and last_error like '%RecordTooLarge%'")).isEqualTo(1));
    }

    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    @Test
    void health_metrics_and_openapi_are_served_on_the_management_interface_only() {
        // The URL given is the management root (/q/); the paths below are absolute on that server.
        String base = management.getProtocol() + "://" + management.getHost() + ":" + management.getPort();
        given().get(base + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get(base + "/q/metrics").then().statusCode(200);
        given().get(base + "/q/openapi").then().statusCode(200);
        // The public port, the one an ingress forwards, serves none of them.
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(404);
    }

    private long rows(String sql) {
        try (var connection = dataSource.getConnection(); var query = connection.prepareStatement(sql);
                var row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
