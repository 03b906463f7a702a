package org.foiplatform.response.infrastructure.disclosure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.candidate;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.question;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.word;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.ResponsePublished;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.JwtKeys;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.foiplatform.response.application.DisclosureCandidate;
import org.foiplatform.response.application.DisclosureLog;
import org.foiplatform.response.application.PublishDueEntries;
import org.foiplatform.response.application.ScheduleDisclosure;
import org.foiplatform.response.domain.DisclosureEntry;
import org.foiplatform.response.domain.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** An issued response on its way to the disclosure log: scheduled, hidden until due, then published once. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "response_test"))
@WithTestResource(JwtKeys.class)
class DisclosureLogFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ScheduleDisclosure schedule;

    @Inject
    PublishDueEntries publish;

    @Inject
    DisclosureLog log;

    @Inject
    WorkingDays workingDays;

    @Inject
    MovableClock clock;

    private final EventCodec codec = new EventCodec();

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private Optional<DisclosureEntry> stored(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> log.find(reference));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private static void hidden(String reference, String word) {
        given().get("/disclosure-log/" + reference).then().statusCode(404);
        given().get("/disclosure-log/" + reference + "/letter.html").then().statusCode(404);
        given().get("/api/disclosure-log/" + reference).then().statusCode(404);
        assertThat(given().get("/disclosure-log/feed.atom").then().statusCode(200).extract().asString())
                .doesNotContain(reference);
        assertThat(given().queryParam("q", word).get("/api/disclosure-log").then().statusCode(200).extract()
                .jsonPath().getList("results.reference")).doesNotContain(reference);
        assertThat(given().queryParam("q", word).get("/disclosure-log").then().statusCode(200).extract().asString())
                .doesNotContain(reference);
    }

    private List<ResponsePublished> publishedEvents(String reference, Duration settle) {
        List<ResponsePublished> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TopicReader.settled(kafka, Topics.RESPONSE, reference, settle)) {
            var envelope = codec.read(record.value());
            if (envelope.type().equals(EventType.RESPONSE_PUBLISHED.wireName())) {
                events.add(codec.payload(envelope, ResponsePublished.class));
            }
        }
        return events;
    }

    @Test
    void a_consented_response_is_hidden_until_due_then_published_with_its_event() {
        String reference = TestReferences.next();
        String word = word();
        LocalDate respondedOn = today();
        schedule.schedule(candidate(reference, "FOIA", respondedOn, true, "Wilhelmina Quartermaine", List.of(
                question(1, "How many " + word + " were reported on Mill Lane?", "INFORMATION_PROVIDED",
                        "47 were reported. Wilhelmina Quartermaine may write to foi@example-council.gov.uk."),
                question(2, "What did the contracts cost?", "EXEMPT", "Withheld.", "FOIA s.43(2)"))));

        DisclosureEntry entry = stored(reference).orElseThrow();
        assertThat(entry.publishOn()).isEqualTo(workingDays.after(respondedOn, 5, WorkingDays.Holidays.ANY_UK_REGION))
                .isAfter(respondedOn.plusDays(4));
        assertThat(entry.publishedAt()).isNull();
        assertThat(entry.exemptions()).containsExactly("FOIA s.43(2)");
        assertThat(entry.questions().get(0).answer()).isEqualTo(
                "47 were reported. [name removed] may write to [email address removed].");

        // Not before it is due, however often the sweep runs.
        assertThat(publish.publishAllDue()).isGreaterThanOrEqualTo(0);
        assertThat(stored(reference).orElseThrow().publishedAt()).isNull();
        hidden(reference, word);

        // The publication day comes: the scheduled sweep publishes it.
        clock.moveForward(Duration.ofDays(entry.publishOn().toEpochDay() - respondedOn.toEpochDay()));
        Awaitility.await().atMost(WAIT).until(() -> stored(reference).orElseThrow().publishedAt() != null);

        String page = given().get("/disclosure-log/" + reference).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
        assertThat(page).contains("How many " + word + " were reported on Mill Lane?", "Information provided",
                "Information withheld", "FOIA s.43(2)",
                "the Freedom of Information Act 2000", "<title>" + reference + ": How many " + word)
                .contains(org.foiplatform.response.infrastructure.web.Views.date(respondedOn));
        given().get("/api/disclosure-log/" + reference).then().statusCode(200);

        ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.RESPONSE,
                r -> reference.equals(r.key()) && r.value().contains(EventType.RESPONSE_PUBLISHED.wireName()), 1, WAIT)
                .get(0);
        ContractSchemas.assertValid(record.value());
        ResponsePublished event = codec.payload(codec.read(record.value()), ResponsePublished.class);
        assertThat(event.path()).isEqualTo("/disclosure-log/" + reference);
        assertThat(event.entryId()).isEqualTo(entry.id());
        assertThat(event.regime()).isEqualTo("FOIA");
        assertThat(event.respondedOn()).isEqualTo(respondedOn);
        assertThat(event.title()).isEqualTo("How many " + word + " were reported on Mill Lane?");
        assertThat(event.exemptions()).containsExactly("FOIA s.43(2)");
        assertThat(event.questions()).extracting(ResponsePublished.Question::outcome)
                .containsExactly("INFORMATION_PROVIDED", "EXEMPT");
        assertThat(record.value()).doesNotContainIgnoringCase("Wilhelmina").doesNotContainIgnoringCase("Quartermaine");
    }

    @Test
    void a_subject_access_request_is_never_stored_or_published_even_with_consent() {
        String reference = TestReferences.next();
        schedule.schedule(candidate(reference, "SAR", LocalDate.of(2025, 3, 3), true, "Sam Taylor",
                List.of(question(1, "All the data you hold about me", "INFORMATION_PROVIDED", "Enclosed."))));
        assertThat(stored(reference)).isEmpty();
        publish.publishAllDue();
        given().get("/disclosure-log/" + reference).then().statusCode(404);
        assertThat(publishedEvents(reference, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void without_consent_nothing_is_stored() {
        String reference = TestReferences.next();
        schedule.schedule(candidate(reference, "EIR", LocalDate.of(2025, 3, 3), false, "Sam Taylor",
                List.of(question(1, "Air quality readings", "INFORMATION_PROVIDED", "Attached."))));
        assertThat(stored(reference)).isEmpty();
        publish.publishAllDue();
        given().get("/api/disclosure-log/" + reference).then().statusCode(404);
    }

    @Test
    void a_later_letter_replaces_an_unpublished_entry_and_updates_a_published_one_without_publishing_again() {
        String reference = TestReferences.next();
        schedule.schedule(candidate(reference, "FOIA", today(), true, null,
                List.of(question(1, "First version question", "NOT_HELD", "Not held."))));
        DisclosureEntry first = stored(reference).orElseThrow();
        schedule.schedule(candidate(reference, "FOISA", LocalDate.of(2025, 3, 3), true, null,
                List.of(question(1, "Second version question", "INFORMATION_PROVIDED", "Here it is."))));
        DisclosureEntry second = stored(reference).orElseThrow();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.title()).isEqualTo("Second version question");
        assertThat(second.regime()).isEqualTo("FOISA");
        assertThat(second.publishOn()).isEqualTo(LocalDate.of(2025, 3, 10));

        publish.publishAllDue();
        assertThat(stored(reference).orElseThrow().publishedAt()).isNotNull();
        schedule.schedule(candidate(reference, "FOISA", LocalDate.of(2025, 3, 4), true, null,
                List.of(question(1, "Third version question", "INFORMATION_PROVIDED", "Corrected answer."))));
        publish.publishAllDue();

        DisclosureEntry third = stored(reference).orElseThrow();
        assertThat(third.publishedAt()).isNotNull();
        assertThat(third.publishOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(given().get("/disclosure-log/" + reference).then().statusCode(200).extract().asString())
                .contains("Third version question", "Corrected answer.").doesNotContain("Second version");
        assertThat(publishedEvents(reference, Duration.ofSeconds(3))).hasSize(1)
                .first().extracting(ResponsePublished::title).isEqualTo("Second version question");
    }

    @Test
    void two_sweeps_at_once_publish_each_entry_once() throws Exception {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String reference = TestReferences.next();
            references.add(reference);
            schedule.schedule(candidate(reference, "FOIA", LocalDate.of(2025, 6, 2), true, null,
                    List.of(question(1, "Sweep question " + i, "INFORMATION_PROVIDED", "Answer."))));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> sweeps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sweeps.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return publish.publishAllDue();
            }));
        }
        start.countDown();
        for (CompletableFuture<Integer> sweep : sweeps) {
            sweep.get();
        }
        for (String reference : references) {
            assertThat(stored(reference).orElseThrow().publishedAt()).isNotNull();
        }
        for (String reference : references.subList(0, 5)) {
            assertThat(publishedEvents(reference, Duration.ofMillis(500))).hasSize(1);
        }
        assertThat(publishedEvents(references.get(29), Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void the_requesters_name_and_email_appear_on_no_public_page_feed_or_api_answer() {
        String reference = TestReferences.next();
        String word = word();
        DisclosureCandidate candidate = DisclosureFixtures.withLetter(candidate(reference, "FOIA",
                LocalDate.of(2025, 3, 3), true, "Wilhelmina Quartermaine", List.of(
                        question(1, "I, Wilhelmina Quartermaine (wq@example.org, 07700 900123, EX1 1AA), ask about "
                                + word, "INFORMATION_PROVIDED",
                                "Dear Ms QUARTERMAINE, the " + word + " answer is 12. Call 01632 960123."))),
                "<html><body><p>Dear Sir or Madam,</p><p>Wilhelmina Quartermaine asked from wq@example.org about "
                        + word + ".</p></body></html>");
        schedule.schedule(candidate);
        publish.publishAllDue();

        List<String> answers = List.of(
                given().get("/disclosure-log/" + reference).then().statusCode(200).extract().asString(),
                given().get("/disclosure-log/" + reference + "/letter.html").then().statusCode(200).extract().asString(),
                given().get("/disclosure-log/feed.atom").then().statusCode(200).extract().asString(),
                given().get("/api/disclosure-log/" + reference).then().statusCode(200).extract().asString(),
                given().queryParam("q", word).get("/api/disclosure-log").then().statusCode(200).extract().asString(),
                given().queryParam("q", word).get("/disclosure-log").then().statusCode(200).extract().asString());
        for (String answer : answers) {
            assertThat(answer).contains(word).doesNotContainIgnoringCase("Wilhelmina")
                    .doesNotContainIgnoringCase("Quartermaine").doesNotContain("wq@example.org")
                    .doesNotContain("07700 900123").doesNotContain("01632 960123").doesNotContain("EX1 1AA");
        }
        assertThat(answers.get(0)).contains("[name removed]", "[email address removed]", "[phone number removed]",
                "[postcode removed]");
        assertThat(answers.get(1)).contains("Dear Sir or Madam", "[name removed] asked from [email address removed]");
        assertThat(publishedEvents(reference, Duration.ofSeconds(1))).hasSize(1).first()
                .extracting(e -> e.questions().get(0).question()).asString()
                .doesNotContain("Wilhelmina").contains("[email address removed]");
    }
}
