package org.foiplatform.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.NotificationSent;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.GreenMailResource;
import org.foiplatform.localstack.testsupport.InjectGreenMail;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(GreenMailResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "notification_test"))
class NotificationFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REQUESTER = "jane.citizen@example.org";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectGreenMail
    GreenMail greenMail;

    private final EventCodec codec = new EventCodec();

    private static String newReference() {
        return TestReferences.next();
    }

    private void produce(String topic, String key, String message) {
        TopicReader.produce(kafka, topic, key, message);
    }

    private List<MimeMessage> mailsAbout(String reference) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).contains(reference)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MimeMessage> awaitMails(String reference, int count) {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        while (mailsAbout(reference).size() < count && System.currentTimeMillis() < deadline) {
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        assertThat(mailsAbout(reference)).hasSizeGreaterThanOrEqualTo(count);
        return mailsAbout(reference);
    }

    @Test
    void an_opened_case_sends_one_acknowledgement_with_the_reference_and_due_date_and_publishes_notification_sent()
            throws Exception {
        String reference = newReference();
        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        UUID caseOpenedId = UUID.randomUUID();
        produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference, caseOpenedId));

        MimeMessage mail = awaitMails(reference, 1).get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(REQUESTER);
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains(reference, "Jane Citizen", "14 April 2026", "13 May 2026");
        assertThat(mail.getHeader("Message-ID")[0]).endsWith("@foi-platform>");

        ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.NOTIFICATION, reference, 1, WAIT).get(0);
        assertThat(GoldenSamples.fieldPaths(record.value()))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(EventType.NOTIFICATION_SENT)));
        ContractSchemas.assertValid(record.value());
        EventEnvelope envelope = codec.read(record.value());
        assertThat(envelope.causationId()).isEqualTo(caseOpenedId);
        assertThat(codec.payload(envelope, NotificationSent.class).kind()).isEqualTo("ACKNOWLEDGEMENT");
    }

    @Test
    void the_requesters_name_is_escaped_in_the_html_email() throws Exception {
        String reference = newReference();
        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference)
                .replace("Jane Citizen", "Jane <script>alert(1)</script>"));
        produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));

        String whole = GreenMailUtil.getWholeMessage(awaitMails(reference, 1).get(0));
        assertThat(whole).contains("Dear Jane &lt;script&gt;alert(1)&lt;/script&gt;,")
                .doesNotContain("<p>Dear Jane <script>");
    }

    @Test
    void a_mail_server_that_is_down_delays_the_email_without_losing_it() {
        String reference = newReference();
        greenMail.stop();
        try {
            produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
            produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));
            // Long enough for the dispatcher to try and fail at least once.
            assertThat(TopicReader.settled(kafka, Topics.NOTIFICATION, reference, Duration.ofSeconds(4))).isEmpty();
        } finally {
            greenMail.start();
        }
        assertThat(awaitMails(reference, 1)).hasSize(1);
        assertThat(TopicReader.await(kafka, Topics.NOTIFICATION, reference, 1, WAIT)).hasSize(1);
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private long count(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void a_duplicate_delivery_of_case_opened_sends_one_email_not_two() throws Exception {
        String reference = newReference();
        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        String caseOpened = GoldenSamples.forReference(EventType.CASE_OPENED, reference);
        produce(Topics.CASE, reference, caseOpened);
        produce(Topics.CASE, reference, caseOpened);
        // The marker: a later event on the same key and topic that sends nothing (DecisionApproved). Once the
        // consumer group has committed past it, both deliveries of CaseOpened before it were handled.
        UUID marker = UUID.randomUUID();
        produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.DECISION_APPROVED, reference, marker));
        TopicReader.awaitHandled(kafka, "notification-service", Topics.CASE,
                r -> r.value().contains(marker.toString()), WAIT);
        // The inbox skipped the second delivery: the CaseOpened has one row.
        assertThat(count("select count(*) from processed_event where consumer = 'notification-service' and event_id = '"
                + codec.read(caseOpened).eventId() + "'")).isEqualTo(1);

        // One message was stored, so one email can ever go out; and it did.
        assertThat(count("select count(*) from outgoing_message where reference = '" + reference + "'")).isEqualTo(1);
        awaitMails(reference, 1);
        assertThat(TopicReader.await(kafka, Topics.NOTIFICATION, reference, 1, WAIT)).hasSize(1);
        assertThat(mailsAbout(reference)).hasSize(1);
    }

    @Test
    void a_case_opened_before_the_contact_details_arrive_waits_for_them() {
        String reference = newReference();
        produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));
        assertThat(TopicReader.settled(kafka, Topics.NOTIFICATION, reference, Duration.ofSeconds(2))).isEmpty();

        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        assertThat(awaitMails(reference, 1)).hasSize(1);
    }

    @Test
    void messages_waiting_for_an_address_hold_no_others_back() {
        // More messages with no contact details than one dispatch pass takes (batch size 2 in tests).
        for (int i = 0; i < 3; i++) {
            String orphan = newReference();
            produce(Topics.CASE, orphan, GoldenSamples.forReference(EventType.CASE_OPENED, orphan));
        }
        String reference = newReference();
        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));

        assertThat(awaitMails(reference, 1)).hasSize(1);
    }

    @Test
    void an_issued_response_is_emailed_with_the_letter() throws Exception {
        String reference = newReference();
        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        produce(Topics.RESPONSE, reference, GoldenSamples.forReference(EventType.RESPONSE_ISSUED, reference));

        MimeMessage mail = awaitMails(reference, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Your request for information " + reference);
        assertThat(GreenMailUtil.getWholeMessage(mail)).contains("47 potholes were reported on Mill Lane in 2025.");
        NotificationSent sent = codec.payload(codec.read(
                TopicReader.await(kafka, Topics.NOTIFICATION, reference, 1, WAIT).get(0).value()), NotificationSent.class);
        assertThat(sent.kind()).isEqualTo("RESPONSE");
    }

    @Test
    void a_message_that_cannot_be_parsed_goes_to_the_dead_letter_topic_and_the_next_is_handled() {
        String poisonKey = "poison-" + UUID.randomUUID();
        produce(Topics.CASE, poisonKey, "not an event at all");
        String reference = newReference();
        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));

        TopicReader.await(kafka, Topics.deadLetter(Topics.CASE, "notification"), poisonKey, 1, WAIT);
        awaitMails(reference, 1);
    }
}
