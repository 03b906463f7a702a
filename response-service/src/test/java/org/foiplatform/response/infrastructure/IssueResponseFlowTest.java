package org.foiplatform.response.infrastructure;

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
import org.foiplatform.contracts.events.ResponseIssued;
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
    void an_approved_decision_becomes_a_stored_letter_listing_each_question_and_its_answer() {
        String reference = newReference();
        UUID decisionEventId = UUID.randomUUID();
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED, reference, decisionEventId));

        ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.RESPONSE, reference, 1, WAIT).get(0);
        assertThat(GoldenSamples.fieldPaths(record.value()))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(EventType.RESPONSE_ISSUED)));
        ContractSchemas.assertValid(record.value());
        EventEnvelope envelope = codec.read(record.value());
        assertThat(envelope.causationId()).isEqualTo(decisionEventId);
        ResponseIssued issued = codec.payload(envelope, ResponseIssued.class);
        assertThat(issued.letterVersion()).isEqualTo(1);
        assertThat(issued.subject()).isEqualTo("Your request for information " + reference);
        assertThat(issued.letterHtml())
                .contains("Question 1", "How many potholes were reported on Mill Lane in 2025?",
                        "47 potholes were reported on Mill Lane in 2025.")
                .contains("Question 2", "How much did the council spend repairing them?",
                        "Information not held")
                .contains(reference, "internal review", "Information Commissioner");
        assertThat(letterCount(reference)).isEqualTo(1);
    }

    @Test
    void a_version_2_decision_gives_a_letter_with_its_exemptions_estimate_advice_and_review_date() {
        String reference = newReference();
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference));

        ResponseIssued issued = codec.payload(codec.read(TopicReader.await(kafka, Topics.RESPONSE, reference, 1, WAIT)
                .get(0).value()), ResponseIssued.class);
        // The golden v2 sample is the seed letter's seven questions, decided on 18 April 2024.
        assertThat(issued.letterHtml())
                .contains("Dear Sam Taylor,", "the Freedom of Information Act 2000", "18 April 2024",
                        "21 March 2024", "22 April 2024")
                .contains("Question 7", "Refused: answering would cost more than the limit the law sets (section 12)")
                .contains("433.33 hours", "£10,833.33", "£450", "(18 hours)", "£25 an hour",
                        "The Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004",
                        "about 13,000 records")
                .contains("Advice and assistance:", "If you ask about one month")
                .contains("FOIA s.21: Information accessible to the applicant by other means",
                        "https://www.example.gov.uk/downloads/contracts-register",
                        "the public interest test does not apply")
                .contains("by 17 June 2024")
                .doesNotContain("We are sorry that this response is later");
    }

    @Test
    void text_from_people_is_escaped_in_the_letter() {
        String reference = newReference();
        String sample = GoldenSamples.forReference(EventType.DECISION_APPROVED, reference)
                .replace("47 potholes were reported on Mill Lane in 2025.", "<script>alert('x')</script> & more");
        produce(reference, sample);

        ResponseIssued issued = codec.payload(codec.read(
                TopicReader.await(kafka, Topics.RESPONSE, reference, 1, WAIT).get(0).value()), ResponseIssued.class);
        assertThat(issued.letterHtml()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more");
    }

    @Test
    void a_duplicate_delivery_issues_one_letter_and_one_event() throws Exception {
        String reference = newReference();
        UUID eventId = UUID.randomUUID();
        String message = GoldenSamples.forReference(EventType.DECISION_APPROVED, reference, eventId);
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
        produce(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED, reference));

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
