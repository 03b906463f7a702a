package org.foiplatform.response.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import java.util.List;

import org.foiplatform.contracts.events.LetterBlocked;
import org.foiplatform.contracts.events.ResponseIssuedV2;
import org.foiplatform.contracts.events.ResponsePublished;
import org.foiplatform.response.application.RequesterAccess;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.foiplatform.response.application.LetterRepository;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "response_test"))
class IssueResponseFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    LetterRepository letters;

    @Inject
    RequesterAccess consents;

    private final EventCodec codec = new EventCodec();

    private static String newReference() {
        return TestReferences.next();
    }

    private void produce(String key, String message) {
        TopicReader.produce(kafka, Topics.CASE, key, message);
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private long processedRows(UUID eventId) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from processed_event where consumer = 'response-service' and event_id = ?")) {
            statement.setObject(1, eventId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private int letterCount(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> letters.forReference(reference).size());
    }

    @Test
    void an_approved_decision_becomes_a_stored_letter_issued_by_a_claim_check() {
        String reference = newReference();
        UUID decisionEventId = UUID.randomUUID();
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference, decisionEventId));

        ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.RESPONSE, reference, 1, WAIT).get(0);
        assertThat(GoldenSamples.fieldPaths(record.value()))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(EventType.RESPONSE_ISSUED_V2)));
        ContractSchemas.assertValid(record.value());
        EventEnvelope envelope = codec.read(record.value());
        assertThat(envelope.is(EventType.RESPONSE_ISSUED_V2)).isTrue();
        assertThat(envelope.causationId()).isEqualTo(decisionEventId);
        Issued issued = Issued.await(kafka, reference, 1);
        assertThat(issued.event().letterVersion()).isEqualTo(1);
        assertThat(issued.event().kind()).isEqualTo("DECISION");
        assertThat(issued.event().subject()).isEqualTo("Your request for information " + reference);
        // The event says where the letter is; it does not carry it, so its size does not grow with the letter.
        assertThat(record.value()).doesNotContain("How many citizens").hasSizeLessThan(4_000);
        assertThat(issued.event().documents()).extracting(ResponseIssuedV2.Document::format)
                .containsExactly("html", "text", "pdf");
        assertThat(issued.html().replace("&#39;", "'"))
                .contains("Question 1", "How many citizens used the council's website, app or online services in 2023?",
                        "There were 5,760,405 unique visitors")
                .contains("Question 4", "Information not held (section 1(1)(a))")
                .contains(reference, "internal review", "Information Commissioner");
        assertThat(issued.text()).contains("Question 4", "What was the average resolution time for online queries");
        assertThat(issued.fetch("pdf")).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(letterCount(reference)).isEqualTo(1);
    }

    @Test
    void text_from_people_is_escaped_in_the_letter() {
        String reference = newReference();
        String sample = GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference)
                .replace("2 minutes 29 seconds.", "<script>alert('x')</script> & more");
        produce(reference, sample);

        Issued issued = Issued.await(kafka, reference, 1);
        assertThat(issued.html()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more");
        assertThat(issued.text()).contains("<script>alert('x')</script> & more");
    }

    @Test
    void a_letter_that_fails_a_blocking_rule_is_not_issued_and_a_corrected_decision_is() {
        String reference = newReference();
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference)
                .replace("2 minutes 29 seconds.", "TBC"));
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference));

        // The corrected decision's letter is the second event on the key: the first is the block, and nothing else.
        List<ConsumerRecord<String, String>> records = TopicReader.await(kafka, Topics.RESPONSE, reference, 2, WAIT);
        EventEnvelope first = codec.read(records.get(0).value());
        ContractSchemas.assertValid(records.get(0).value());
        assertThat(first.is(EventType.LETTER_BLOCKED)).isTrue();
        LetterBlocked blocked = codec.payload(first, LetterBlocked.class);
        assertThat(blocked.letterVersion()).isEqualTo(1);
        assertThat(blocked.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("NO_PLACEHOLDERS");
            assertThat(f.severity()).isEqualTo("BLOCKING");
            assertThat(f.question()).isEqualTo(3);
            assertThat(f.message()).contains("TBC");
        });
        Issued issued = Issued.await(kafka, reference, 2);
        assertThat(issued.event().letterVersion()).isEqualTo(2);
        // The blocked letter has no rendering anyone could send.
        given().auth().preemptive().basic("mailer", "test-mailer-pw")
                .get("/api/letters/" + blocked.letterId() + "/letter.html").then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(QuarkusTransaction.requiringNew().call(() -> letters.forReference(reference)))
                .extracting(l -> l.status().name()).containsExactly("BLOCKED", "ISSUED");
    }

    @Test
    void a_late_letter_apologises_and_counts_the_working_days_late_without_the_bank_holiday() {
        String reference = newReference();
        // Due Monday 22 April 2024, answered Wednesday 8 May 2024: 11 working days late, Monday 6 May (the early May
        // bank holiday) not counted.
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference)
                .replaceAll("\"decidedOn\"\\s*:\\s*\"2024-04-18\"", "\"decidedOn\": \"2024-05-08\"")
                .replaceAll("\"late\"\\s*:\\s*false", "\"late\": true"));

        assertThat(Issued.await(kafka, reference, 1).html()).contains("We are sorry that this response is late",
                "respond by 22 April 2024", "11 working days after that", "8 May 2024");
    }

    @Test
    void a_version_1_decision_is_blocked_because_it_cannot_say_by_when_to_ask_for_a_review() {
        String reference = newReference();
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED, reference));

        EventEnvelope first = codec.read(TopicReader.await(kafka, Topics.RESPONSE, reference, 1, WAIT).get(0).value());
        assertThat(first.is(EventType.LETTER_BLOCKED)).isTrue();
        assertThat(codec.payload(first, LetterBlocked.class).findings()).extracting(LetterBlocked.Finding::rule)
                .contains("REVIEW_DATE_AND_REGULATOR", "REQUESTER_NAMED");
    }

    @Test
    void a_decided_review_gets_its_own_letter_addressed_as_the_decision_was() {
        String reference = newReference();
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference));
        produce(reference, GoldenSamples.forReference(EventType.REVIEW_DECIDED, reference));

        Issued review = Issued.await(kafka, reference, 2);
        assertThat(review.event().kind()).isEqualTo("REVIEW");
        assertThat(review.event().subject()).isEqualTo("The internal review of your request " + reference);
        assertThat(review.html()).contains("Dear Sam Taylor,", "Yours sincerely",
                "Our original answer is partly overturned", "Our original answer is upheld",
                "The figure given was complete.", "Information Commissioner", "section 50");
    }

    @Test
    void a_letter_whose_requester_consented_goes_on_the_disclosure_log_anonymised_and_the_letter_is_published() {
        String reference = newReference();
        TopicReader.produce(kafka, Topics.INTAKE, reference,
                GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        TopicReader.awaitHandled(kafka, "response-service", Topics.INTAKE, r -> r.key().equals(reference), WAIT);
        // Decided on 18 April 2024, so due on the log five working days later, long past: the next sweep publishes.
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference));

        List<ConsumerRecord<String, String>> events = TopicReader.await(kafka, Topics.RESPONSE, reference, 2, WAIT);
        EventEnvelope published = codec.read(events.get(1).value());
        assertThat(published.is(EventType.RESPONSE_PUBLISHED)).isTrue();
        ContractSchemas.assertValid(events.get(1).value());
        ResponsePublished entry = codec.payload(published, ResponsePublished.class);
        assertThat(entry.respondedOn()).isEqualTo(java.time.LocalDate.of(2024, 4, 18));
        assertThat(entry.questions()).hasSize(7);
        assertThat(entry.exemptions()).containsExactly("FOIA s.21");
        assertThat(events.get(1).value()).doesNotContain("Sam Taylor");
        assertThat(QuarkusTransaction.requiringNew().call(() -> letters.forReference(reference)))
                .extracting(l -> l.status().name()).containsExactly("PUBLISHED");
        String page = given().get(entry.path()).then().statusCode(200).extract().asString();
        assertThat(page).contains("How many citizens used the council").doesNotContain("Sam Taylor");
        assertThat(given().get(entry.path() + "/letter.html").then().statusCode(200).extract().asString())
                .contains("Dear Sir or Madam").doesNotContain("Sam Taylor");
    }

    @Test
    void a_requester_who_wants_the_reply_by_post_gets_a_letter_addressed_to_their_postal_address() throws Exception {
        String reference = newReference();
        com.fasterxml.jackson.databind.node.ObjectNode received = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(GoldenSamples.forReference(
                        EventType.REQUEST_RECEIVED, reference));
        ((com.fasterxml.jackson.databind.node.ObjectNode) received.get("payload").get("requester"))
                .put("postalAddress", "Flat 2, 12 Mill Lane\nExampleton EX2 2BB");
        TopicReader.produce(kafka, Topics.INTAKE, reference, received.toString());
        TopicReader.awaitHandled(kafka, "response-service", Topics.INTAKE, r -> r.key().equals(reference), WAIT);
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference));

        Issued issued = Issued.await(kafka, reference, 1);
        assertThat(issued.html()).contains("<p class=\"to\">Sam Taylor<br />Flat 2<br />12 Mill Lane<br />"
                + "Exampleton EX2 2BB</p>");
        assertThat(issued.text()).contains("Sam Taylor\nFlat 2\n12 Mill Lane\nExampleton EX2 2BB");
        // The disclosure log's copy has neither name nor address.
        List<ConsumerRecord<String, String>> events = TopicReader.await(kafka, Topics.RESPONSE, reference, 2, WAIT);
        ResponsePublished entry = codec.payload(codec.read(events.get(1).value()), ResponsePublished.class);
        assertThat(given().get(entry.path() + "/letter.html").then().statusCode(200).extract().asString())
                .doesNotContain("Mill Lane", "Sam Taylor");
    }

    @Test
    void the_requesters_consent_to_the_disclosure_log_is_kept_from_the_request() {
        String withConsent = newReference();
        String without = newReference();
        TopicReader.produce(kafka, Topics.INTAKE, withConsent,
                GoldenSamples.forReference(EventType.REQUEST_RECEIVED, withConsent));
        TopicReader.produce(kafka, Topics.INTAKE, without, GoldenSamples.forReference(EventType.REQUEST_RECEIVED,
                without).replaceAll("\"consentToPublish\"\\s*:\\s*true", "\"consentToPublish\": false"));
        // Each on its own key, so perhaps on its own partition: wait for both to be handled.
        TopicReader.awaitHandled(kafka, "response-service", Topics.INTAKE, r -> r.key().equals(withConsent), WAIT);
        TopicReader.awaitHandled(kafka, "response-service", Topics.INTAKE, r -> r.key().equals(without), WAIT);
        assertThat(consents.consented(withConsent)).isTrue();
        assertThat(consents.consented(without)).isFalse();
        assertThat(consents.consented(newReference())).isFalse();
    }

    @Test
    void a_duplicate_delivery_issues_one_letter_and_one_event() throws Exception {
        String reference = newReference();
        UUID eventId = UUID.randomUUID();
        String message = GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference, eventId);
        produce(reference, message);
        produce(reference, message);
        // The marker: a later event on the same key that issues nothing (CaseOpened). Once response-service's
        // consumer group has committed past it, both deliveries before it were handled.
        UUID marker = UUID.randomUUID();
        produce(reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference, marker));
        TopicReader.awaitHandled(kafka, "response-service", Topics.CASE, r -> r.value().contains(marker.toString()), WAIT);

        // The inbox recorded the decision once and skipped the redelivery (without it, the second delivery would
        // be retried against the letter's key and dead-lettered, and this row would be missing).
        assertThat(processedRows(eventId)).isEqualTo(1);
        assertThat(letterCount(reference)).isEqualTo(1);
        assertThat(TopicReader.await(kafka, Topics.RESPONSE, reference, 1, WAIT)).hasSize(1);
    }

    @Test
    void a_message_that_cannot_be_parsed_goes_to_the_dead_letter_topic_and_the_next_is_handled() {
        String poisonKey = "poison-" + UUID.randomUUID();
        produce(poisonKey, "{\"type\": \"foi.case.decision-approved\"");
        String reference = newReference();
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference));

        TopicReader.await(kafka, Topics.deadLetter(Topics.CASE, "response"), poisonKey, 1, WAIT);
        TopicReader.await(kafka, Topics.RESPONSE, reference, 1, WAIT);
    }

    @Test
    void case_events_other_than_a_decision_issue_nothing() {
        String reference = newReference();
        UUID caseOpened = UUID.randomUUID();
        produce(reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference, caseOpened));
        // Once the consumer group has committed past the CaseOpened, it was handled (and ignored).
        TopicReader.awaitHandled(kafka, "response-service", Topics.CASE, r -> r.value().contains(caseOpened.toString()),
                WAIT);

        // No letter was stored, so none can ever be published.
        assertThat(letterCount(reference)).isZero();
    }

    @Test
    void a_readable_event_whose_handling_keeps_failing_is_tried_then_dead_lettered_with_the_reason() {
        String reference = TopicReader.UNSTORABLE_REFERENCE;
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED, reference));

        ConsumerRecord<String, String> dead = TopicReader.await(kafka, Topics.deadLetter(Topics.CASE, "response"),
                reference, 1, WAIT).get(0);
        assertThat(dead.value()).contains(reference);
        assertThat(TopicReader.header(dead, "dead-letter-reason")).contains("value too long");
        assertThat(TopicReader.header(dead, "dead-letter-topic")).isEqualTo(Topics.CASE);
    }

}
