package org.foiplatform.response.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.ResponseIssuedV2;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.foiplatform.response.domain.LetterDocument;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * What the tests read back of an issued letter: the ResponseIssued event from the real topic, and each rendering
 * fetched as notification-service fetches it (the mailer's account), checked against the event's SHA-256.
 */
record Issued(EventEnvelope envelope, ResponseIssuedV2 event) {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final EventCodec CODEC = new EventCodec();

    /** The {@code n}th event on foi.response.v1 for the reference, read as a ResponseIssued version 2. */
    static Issued await(KafkaCompanion kafka, String reference, int n) {
        List<ConsumerRecord<String, String>> records = TopicReader.await(kafka, Topics.RESPONSE, reference, n, WAIT);
        EventEnvelope envelope = CODEC.read(records.get(n - 1).value());
        return new Issued(envelope, CODEC.payload(envelope, ResponseIssuedV2.class));
    }

    byte[] fetch(String format) {
        ResponseIssuedV2.Document document = event.document(format).orElseThrow();
        byte[] bytes = given().auth().preemptive().basic("mailer", "test-mailer-pw").get(document.path()).then()
                .statusCode(200).contentType(document.mediaType()).extract().asByteArray();
        assertThat(bytes).hasSize((int) document.bytes());
        assertThat(LetterDocument.sha256(bytes)).isEqualTo(document.sha256());
        return bytes;
    }

    String html() {
        return new String(fetch("html"), StandardCharsets.UTF_8);
    }

    String text() {
        return new String(fetch("text"), StandardCharsets.UTF_8);
    }
}
