package org.foiplatform.notification.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.NotificationFailed;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.GreenMailResource;
import org.foiplatform.localstack.testsupport.InjectGreenMail;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * response-service failing past a letter's retry horizon (4 seconds here instead of 24 hours): the email is given up
 * with NotificationFailed, not permanent, as a mail server that stays down would have it; it is never sent without
 * its letter.
 */
@QuarkusTest
@TestProfile(LetterPastTheHorizonTest.ShortHorizon.class)
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(GreenMailResource.class)
@WithTestResource(LetterServer.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "notification_letters_horizon_test"))
class LetterPastTheHorizonTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    public static class ShortHorizon implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("foi.notification.retry-horizon", "4s");
        }
    }

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectGreenMail
    GreenMail greenMail;

    private final EventCodec codec = new EventCodec();

    @Test
    void a_letter_that_cannot_be_fetched_by_its_horizon_is_given_up_with_notification_failed() throws Exception {
        String reference = TestReferences.next();
        LetterEmailFlowTest.IssuedLetter letter = LetterEmailFlowTest.IssuedLetter.about(reference);
        letter.serve();
        LetterServer.failWith(letter.id(), 503);
        try {
            TopicReader.produce(kafka, Topics.INTAKE, reference,
                    GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
            TopicReader.produce(kafka, Topics.RESPONSE, reference, letter.event());

            ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.NOTIFICATION, reference, 1, WAIT)
                    .get(0);
            ContractSchemas.assertValid(record.value());
            EventEnvelope envelope = codec.read(record.value());
            assertThat(envelope.type()).isEqualTo(EventType.NOTIFICATION_FAILED.wireName());
            NotificationFailed failed = codec.payload(envelope, NotificationFailed.class);
            assertThat(failed.kind()).isEqualTo("response");
            assertThat(failed.permanent()).isFalse();
            assertThat(failed.attempts()).isGreaterThanOrEqualTo(2);
            assertThat(failed.reason()).contains("The letter could not be fetched", "answered 503");
        } finally {
            LetterServer.recover(letter.id());
        }
        // FAILED is final: nothing can send it now, and nothing did.
        given().auth().preemptive().basic("officer", "test-officer-pw").queryParam("reference", reference)
                .get("/api/notifications").then().statusCode(200)
                .body("messages[0].status", equalTo("FAILED"))
                .body("messages[0].nextAttemptAt", org.hamcrest.Matchers.nullValue());
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                // The requester's: the officers' mailbox is told of the failure.
                return m.getSubject().contains(reference)
                        && m.getAllRecipients()[0].toString().equals("jane.citizen@example.org");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).isEmpty();
    }
}
