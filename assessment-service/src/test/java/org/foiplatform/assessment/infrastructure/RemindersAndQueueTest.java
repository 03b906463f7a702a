package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.assessment.application.SendReminders;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.DeadlineApproaching;
import org.foiplatform.contracts.events.DeadlineMissed;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Deadline reminders exactly once per case and due date, whatever sweeps run (two at once, as two instances would,
 * and again later, as after a restart: the record of what was sent is in the database, not in memory); and the
 * officers' queue with its filters and keyset paging, assignment and notes.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class RemindersAndQueueTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    SendReminders reminders;

    @Inject
    javax.sql.DataSource dataSource;

    private final EventCodec codec = new EventCodec();

    private static RequestSpecification officer() {
        return given().auth().preemptive().basic("officer", "test-officer-pw").contentType(ContentType.JSON);
    }

    /** A case received on {@code receivedAt} (an instant), from the golden RequestReceived. */
    private String openCase(String receivedAt) {
        String reference = TestReferences.next();
        TopicReader.produce(kafka, Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED,
                reference).replace("2026-04-14T09:30:00Z", receivedAt));
        TopicReader.await(kafka, Topics.CASE, reference, 1, WAIT);
        return reference;
    }

    private long outboxRows(String reference, EventType type) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "select count(*) from outbox_event where message_key = ? and event_type = ?")) {
            s.setString(1, reference);
            s.setString(2, type.wireName());
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Runs {@code sweeps} sweeps at the same moment, as that many instances would. */
    private void sweepTogether(LocalDate today, int sweeps) throws Exception {
        var pool = Executors.newFixedThreadPool(sweeps);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < sweeps; i++) {
                runs.add(pool.submit((Callable<Integer>) () -> reminders.sweep(today)));
            }
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void each_reminder_is_published_once_per_case_and_due_date_whatever_sweeps_run() throws Exception {
        // Received Tuesday 1 June 2027: due Tuesday 29 June 2027 (no bank holiday between).
        String reference = openCase("2027-06-01T09:00:00Z");
        officer().get("/api/cases/" + reference).then().body("dueDate", equalTo("2027-06-29"));

        sweepTogether(LocalDate.of(2027, 6, 21), 2); // 6 working days left: nothing yet
        sweepTogether(LocalDate.of(2027, 6, 22), 2); // 5 left
        sweepTogether(LocalDate.of(2027, 6, 23), 2); // 4 left: the 5-day one was sent, nothing new
        sweepTogether(LocalDate.of(2027, 6, 25), 2); // 2 left
        sweepTogether(LocalDate.of(2027, 6, 30), 2); // the day after: missed
        sweepTogether(LocalDate.of(2027, 7, 1), 2);  // still missed: nothing new

        assertThat(outboxRows(reference, EventType.DEADLINE_APPROACHING)).isEqualTo(2);
        assertThat(outboxRows(reference, EventType.DEADLINE_MISSED)).isEqualTo(1);
        List<ConsumerRecord<String, String>> published = TopicReader.await(kafka, Topics.CASE, reference, 4, WAIT);
        List<EventEnvelope> events = published.stream().map(r -> codec.read(r.value())).toList();
        published.forEach(r -> ContractSchemas.assertValid(r.value()));
        assertThat(events.get(1).is(EventType.DEADLINE_APPROACHING)).isTrue();
        assertThat(codec.payload(events.get(1), DeadlineApproaching.class).workingDaysLeft()).isEqualTo(5);
        assertThat(codec.payload(events.get(2), DeadlineApproaching.class).workingDaysLeft()).isEqualTo(2);
        DeadlineMissed missed = codec.payload(events.get(3), DeadlineMissed.class);
        assertThat(missed.dueDate()).isEqualTo(LocalDate.of(2027, 6, 29));
        assertThat(GoldenSamples.fieldPaths(published.get(3).value()))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(EventType.DEADLINE_MISSED)));
        officer().get("/api/cases/" + reference).then()
                .body("timeline.what", hasItem("Deadline approaching: 5 working days left"))
                .body("timeline.what", hasItem("Deadline missed"));

        // A later sweep, as after a restart, finds them sent (the record is in the database, not in memory).
        sweepTogether(LocalDate.of(2027, 7, 2), 1);
        assertThat(outboxRows(reference, EventType.DEADLINE_MISSED)).isEqualTo(1);
    }

    @Test
    void the_queue_filters_sorts_by_due_date_and_pages_by_keyset() {
        String team = "Team " + java.util.UUID.randomUUID();
        List<String> references = new ArrayList<>();
        // Received 2, 3 and 4 August 2027: due 31 August, 1 and 2 September (27 August bank holiday not counted).
        for (String day : List.of("2027-08-04", "2027-08-02", "2027-08-03")) {
            String reference = openCase(day + "T09:00:00Z");
            references.add(reference);
            officer().body(Map.of("team", team, "officer", "officer")).post("/api/cases/" + reference + "/assignment")
                    .then().statusCode(200);
        }
        officer().body(Map.of("text", "Asked Highways whether they hold it.")).post("/api/cases/" + references.get(0)
                + "/notes").then().statusCode(200).body("timeline.find { it.what == 'Note' }.detail",
                        equalTo("Asked Highways whether they hold it."));

        var first = officer().queryParam("team", team).queryParam("limit", 2).get("/api/cases").then().statusCode(200)
                .extract().jsonPath();
        assertThat(first.getList("cases.reference", String.class))
                .containsExactly(references.get(1), references.get(2));
        assertThat(first.getList("cases.dueDate", String.class)).containsExactly("2027-08-31", "2027-09-01");
        String next = first.getString("next");
        var second = officer().queryParam("team", team).queryParam("limit", 2).queryParam("after", next)
                .get("/api/cases").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("cases.reference", String.class)).containsExactly(references.get(0));
        assertThat(second.getString("next")).isNull();

        officer().queryParam("team", team).queryParam("dueBefore", "2027-09-01").get("/api/cases").then()
                .body("cases.reference", equalTo(List.of(references.get(1))));
        officer().queryParam("team", team).queryParam("status", "DECISION_APPROVED").get("/api/cases").then()
                .body("cases", equalTo(List.of()));
        officer().queryParam("assignee", "officer").queryParam("team", team).queryParam("regime", "FOIA")
                .get("/api/cases").then().body("cases.size()", equalTo(3));
        officer().queryParam("status", "MAYBE").queryParam("limit", 0).queryParam("dueAfter", "soon")
                .queryParam("after", "!!").get("/api/cases").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("status", "limit", "dueAfter", "after"));
        given().get("/api/cases").then().statusCode(401);
        given().auth().preemptive().basic("auditor", "test-auditor-pw").get("/api/cases").then().statusCode(403);
        officer().body(Map.of()).post("/api/cases/" + references.get(0) + "/assignment").then().statusCode(400)
                .body("errors.field", hasItem("team"));
        officer().body(Map.of("text", " ")).post("/api/cases/" + references.get(0) + "/notes").then().statusCode(400)
                .body("errors.field", hasItem("text"));
    }

    @Test
    void an_assignment_tells_the_officer_at_their_accounts_address_and_a_postal_reply_becomes_a_task_on_the_timeline()
            throws Exception {
        given().auth().preemptive().basic("admin", "test-admin-pw").contentType(ContentType.JSON)
                .body(Map.of("email", "not an address")).patch("/api/accounts/approver").then().statusCode(400)
                .body("errors.field", hasItem("email"));
        given().auth().preemptive().basic("admin", "test-admin-pw").contentType(ContentType.JSON)
                .body(Map.of("email", "the.approver@example-city.gov.uk")).patch("/api/accounts/approver").then()
                .statusCode(200).body("email", org.hamcrest.Matchers.equalTo("the.approver@example-city.gov.uk"));
        String reference = openCase("2027-08-02T09:00:00Z");
        officer().body(Map.of("team", "Information governance", "officer", "approver"))
                .post("/api/cases/" + reference + "/assignment").then().statusCode(200);

        EventEnvelope assignedEvent = codec.read(TopicReader.await(kafka, Topics.CASE,
                r -> reference.equals(r.key()) && r.value().contains(EventType.CASE_ASSIGNED.wireName()), 1, WAIT)
                .get(0).value());
        org.foiplatform.contracts.events.CaseAssigned assigned = codec.payload(assignedEvent,
                org.foiplatform.contracts.events.CaseAssigned.class);
        assertThat(assigned.officer()).isEqualTo("approver");
        assertThat(assigned.officerEmail()).isEqualTo("the.approver@example-city.gov.uk");
        assertThat(assigned.team()).isEqualTo("Information governance");
        assertThat(assigned.assignedBy()).isEqualTo("officer");
        assertThat(assigned.dueDate()).isEqualTo(LocalDate.of(2027, 8, 31));

        // notification-service could not email the requester (they want replies by post): a task on the case.
        TopicReader.produce(kafka, Topics.NOTIFICATION, reference,
                GoldenSamples.forReference(EventType.POSTAL_REPLY_NEEDED, reference));
        org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() -> officer().get("/api/cases/" + reference)
                .then().statusCode(200).body("timeline.what", hasItem("To print and post: the acknowledgement"))
                .body("timeline.find { it.what == 'To print and post: the acknowledgement' }.detail",
                        org.hamcrest.Matchers.containsString("Flat 2, 10 High Street, Example City, EX1 2AB")));
    }
}
