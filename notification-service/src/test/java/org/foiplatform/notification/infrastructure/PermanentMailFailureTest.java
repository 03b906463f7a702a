package org.foiplatform.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.NotificationFailed;
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
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** A mail server that refuses an address for good: one attempt, then NotificationFailed, never a retry. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(RefusingSmtpServer.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "notification_refused_test"))
class PermanentMailFailureTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private final EventCodec codec = new EventCodec();

    @Test
    void a_refused_address_is_tried_once_and_ends_in_notification_failed() throws Exception {
        String reference = TestReferences.next();
        TopicReader.produce(kafka, Topics.INTAKE, reference,
                GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        TopicReader.produce(kafka, Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));

        ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.NOTIFICATION, reference, 1, WAIT).get(0);
        ContractSchemas.assertValid(record.value());
        EventEnvelope envelope = codec.read(record.value());
        assertThat(envelope.type()).isEqualTo(EventType.NOTIFICATION_FAILED.wireName());
        NotificationFailed failed = codec.payload(envelope, NotificationFailed.class);
        assertThat(failed.kind()).isEqualTo("acknowledgement");
        assertThat(failed.permanent()).isTrue();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.reason()).contains("550");
        // Given up for good: FAILED, with nothing left to try, after exactly one conversation with the server.
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select status, attempts, next_attempt_at from outgoing_message "
                        + "where reference = '" + reference + "' and kind = 'acknowledgement'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("status")).isEqualTo("FAILED");
            assertThat(rows.getInt("attempts")).isEqualTo(1);
            assertThat(rows.getObject("next_attempt_at")).isNull();
            assertThat(rows.next()).isFalse();
        }
        assertThat(RefusingSmtpServer.REFUSED).containsOnlyOnce("<jane.citizen@example.org>");
    }
}
