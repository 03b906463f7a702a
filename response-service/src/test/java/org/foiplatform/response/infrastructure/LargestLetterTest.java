package org.foiplatform.response.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.InputLimits;
import org.foiplatform.contracts.Topics;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The largest letter the platform's input limits allow (contracts' InputLimits): the most questions, every
 * question and answer as long as allowed in all, and every character a quotation mark, which the letter escapes
 * to six ({@code &quot;}). It must be rendered, stored and issued like any other, in HTML, text and PDF, and the
 * event that issues it must stay small: it carries where the letter is (a claim check), not the letter.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "response_test"))
class LargestLetterTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @ConfigProperty(name = "foi.messaging.max-event-bytes")
    int maxEventBytes;

    /**
     * Version 2 of the decision at every limit: every text of the decision (answers, reasons, public interest
     * arguments, advice, estimate explanations) at its shared limit of 40,000 characters, 48 questions citing an
     * exemption with its test and two refused on cost with 20 estimate lines each, all quotation marks.
     */
    @Test
    void a_version_2_letter_at_every_limit_is_published_within_the_event_limit() throws Exception {
        String reference = TestReferences.next();
        int questions = InputLimits.MAX_QUESTIONS;
        ObjectNode envelope = (ObjectNode) JSON.readTree(GoldenSamples.forReference(EventType.DECISION_APPROVED_V2,
                reference, java.util.UUID.randomUUID()));
        ArrayNode asked = ((ObjectNode) envelope.get("payload")).putArray("questions");
        String q = "\"";
        for (int n = 1; n <= questions; n++) {
            ObjectNode question = asked.addObject().put("number", n)
                    .put("question", q.repeat(InputLimits.MAX_REQUEST_TEXT / questions))
                    .put("answer", q.repeat(300)).put("advice", q.repeat(100));
            ArrayNode exemptions = question.putArray("exemptions");
            if (n <= 2) {
                question.put("outcome", "COST_LIMIT");
                ObjectNode cost = question.putObject("costEstimate").put("regulations", "The Regulations")
                        .put("hours", 433.33).put("costPounds", 10833.33).put("limitPounds", 450)
                        .put("limitHours", 18).put("poundsPerHour", 25);
                ArrayNode items = cost.putArray("items");
                for (int line = 0; line < 20; line++) {
                    items.addObject().put("activity", "EXTRACTING").put("units", 13000).put("minutesPerUnit", 2)
                            .put("hours", 433.33).put("explanation", q.repeat(10));
                }
            } else {
                question.put("outcome", "PARTLY_PROVIDED");
                exemptions.addObject().put("provision", "FOIA s.43(2)").put("title", "Commercial interests")
                        .put("absolute", false).put("reason", q.repeat(100)).putNull("availableAt")
                        .putObject("publicInterest").put("forDisclosure", q.repeat(100))
                        .put("againstDisclosure", q.repeat(100)).put("conclusion", q.repeat(100));
            }
        }
        TopicReader.produce(kafka, Topics.CASE, reference, JSON.writeValueAsString(envelope));

        ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.RESPONSE, reference, 1, WAIT).get(0);
        Issued issued = Issued.await(kafka, reference, 1);
        assertThat(issued.event().kind()).as("not blocked").isEqualTo("DECISION");
        assertThat(issued.html().getBytes(StandardCharsets.UTF_8).length)
                .isGreaterThan(6 * (InputLimits.MAX_REQUEST_TEXT + 39_000));
        assertThat(record.value().getBytes(StandardCharsets.UTF_8).length).as("the ResponseIssued, in bytes")
                .isLessThan(4_000);
        assertThat(issued.fetch("pdf").length).isGreaterThan(10_000);
    }
}
