package org.foiplatform.notification.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.NotificationSent;
import org.foiplatform.notification.application.DispatchMessages;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.GreenMailResource;
import org.foiplatform.localstack.testsupport.InjectGreenMail;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.common.ResourceArg;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
        assertThat(mail.getSubject()).isEqualTo("We have received your request for information " + reference);
        String body = GreenMailUtil.getWholeMessage(mail);
        // Every figure from the event: received, due, and the working days of the regime it names.
        assertThat(body).contains(reference, "Jane Citizen", "14 April 2026", "13 May 2026",
                "The Freedom of Information Act 2000 gives us up to 20 working days (section 10).",
                "Information Governance Team", "Example Council");
        // The acknowledgement starts the request's thread; replies go to the FOI mailbox.
        assertThat(mail.getHeader("Message-ID")[0]).isEqualTo(threadId(reference));
        assertThat(mail.getHeader("In-Reply-To")).isNull();
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("foi@example-city.gov.uk");

        ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.NOTIFICATION, reference, 1, WAIT).get(0);
        assertThat(GoldenSamples.fieldPaths(record.value()))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(EventType.NOTIFICATION_SENT)));
        ContractSchemas.assertValid(record.value());
        EventEnvelope envelope = codec.read(record.value());
        assertThat(envelope.causationId()).isEqualTo(caseOpenedId);
        NotificationSent sent = codec.payload(envelope, NotificationSent.class);
        assertThat(sent.kind()).isEqualTo("acknowledgement");
        assertThat(sent.messageId()).isEqualTo(threadId(reference));
    }

    @Test
    void the_acknowledgement_carries_the_private_tracking_link_opened_from_the_sealed_token_and_stores_no_token()
            throws Exception {
        String reference = newReference();
        String token = "tracking-token-" + UUID.randomUUID();
        String sealed = new org.foiplatform.contracts.TrackingTokenSeal(
                "a test tracking-link key of 32 characters or more").seal(reference, token);
        produce(Topics.INTAKE, reference, withPayload(GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference),
                payload -> payload.put("trackingTokenSealed", sealed)));
        produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));

        String body = GreenMailUtil.getWholeMessage(awaitMails(reference, 1).get(0)).replace("=\r\n", "");
        assertThat(body).contains("follow your request online", "do not share it");
        String link = "https://foi.example-city.gov.uk/requests/" + reference + "?token=" + token;
        assertThat(body.replace("=3D", "=")).contains(link);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select * from requester_contact where reference = '" + reference
                        + "'")) {
            assertThat(rows.next()).isTrue();
            for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                assertThat(String.valueOf(rows.getString(c))).doesNotContain(token);
            }
        }
    }

    @Test
    void a_token_sealed_for_another_request_gives_no_link() throws Exception {
        // The golden sample's token was sealed for FOI-2026-000123 under another key: opened here, it is nothing.
        String reference = newReference();
        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));
        assertThat(GreenMailUtil.getWholeMessage(awaitMails(reference, 1).get(0)))
                .doesNotContain("follow your request online").doesNotContain("token");
    }

    @Test
    void the_acknowledgement_states_the_time_limit_of_the_regime_the_case_is_under() throws Exception {
        String reference = newReference();
        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        produce(Topics.CASE, reference, withPayload(GoldenSamples.forReference(EventType.CASE_OPENED, reference),
                payload -> payload.put("regime", "EIR")));

        String body = GreenMailUtil.getWholeMessage(awaitMails(reference, 1).get(0));
        assertThat(body).contains("The Environmental Information Regulations 2004 give us up to 20 working days "
                + "(regulation 5(2)).").doesNotContain("Freedom of Information Act");
    }

    @Test
    void a_calendar_change_is_emailed_in_the_requests_thread_with_the_new_date_and_the_reason_escaped()
            throws Exception {
        String reference = newReference();
        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));
        produce(Topics.CASE, reference, dueDateChanged(reference, "REGIME_CHANGED", "2026-05-13", "2026-06-10",
                "Environmental information: the <b>EIR</b> apply"));

        awaitMails(reference, 2);
        MimeMessage changed = mailsAbout(reference).stream()
                .filter(m -> subject(m).equals("New date for our answer to your request " + reference))
                .findFirst().orElseThrow();
        String whole = GreenMailUtil.getWholeMessage(changed);
        assertThat(whole).contains("10 June 2026", "Environmental information: the &lt;b&gt;EIR&lt;/b&gt; apply")
                // Escaped in the HTML part; the plain-text part shows the words as they were typed.
                .doesNotContain("the <b>EIR</b> apply</p>");
        assertThat(changed.getHeader("In-Reply-To")[0]).isEqualTo(threadId(reference));
        assertThat(changed.getHeader("References")[0]).isEqualTo(threadId(reference));
        assertThat(changed.getHeader("Message-ID")[0]).endsWith("@foi.example-city.gov.uk>")
                .isNotEqualTo(threadId(reference));
    }

    @Test
    void a_clock_stopped_for_clarification_sends_no_due_date_email() throws Exception {
        String reference = newReference();
        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        produce(Topics.CASE, reference, dueDateChanged(reference, "CLOCK_STOPPED", "2026-05-13", null,
                "Clarification asked"));
        // The marker: an acknowledgement on the same key after it. Once that email is here, the event before it
        // was handled, and it recorded nothing.
        produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));
        awaitMails(reference, 1);
        awaitSent(reference, 1);

        assertThat(count("select count(*) from outgoing_message where reference = '" + reference + "'")).isEqualTo(1);
        assertThat(mailsAbout(reference)).extracting(NotificationFlowTest::subject)
                .containsExactly("We have received your request for information " + reference);
    }

    private static String dueDateChanged(String reference, String cause, String previous, String due, String reason) {
        return withPayload(GoldenSamples.forReference(EventType.DUE_DATE_CHANGED, reference, UUID.randomUUID()),
                payload -> payload.put("cause", cause).put("previousDueDate", previous).put("dueDate", due)
                        .put("reason", reason));
    }

    /** The sample with its payload changed, whatever the sample's layout. */
    private static String withPayload(String sample, java.util.function.Consumer<ObjectNode> change) {
        try {
            ObjectNode envelope = (ObjectNode) JSON.readTree(sample);
            change.accept((ObjectNode) envelope.get("payload"));
            return JSON.writeValueAsString(envelope);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static String threadId(String reference) {
        return "<request." + reference + "@foi.example-city.gov.uk>";
    }

    private List<ConsumerRecord<String, String>> awaitSent(String reference, int count) {
        return TopicReader.await(kafka, Topics.NOTIFICATION, reference, count, WAIT);
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
    void a_mail_server_that_is_down_delays_the_email_without_losing_it_and_every_attempt_has_the_same_message_id()
            throws Exception {
        String reference = newReference();
        greenMail.stop();
        try {
            produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
            produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));
            // A send was tried and failed: the delivery log says so, and the message still waits.
            await().atMost(WAIT).untilAsserted(() -> officer().queryParam("reference", reference)
                    .get("/api/notifications").then().statusCode(200)
                    .body("messages[0].status", equalTo("PENDING"))
                    .body("messages[0].lastError", org.hamcrest.Matchers.notNullValue()));
            assertThat(mailsAbout(reference)).isEmpty();
        } finally {
            greenMail.start();
        }
        MimeMessage mail = awaitMails(reference, 1).get(0);
        assertThat(mail.getHeader("Message-ID")[0]).isEqualTo(threadId(reference));
        NotificationSent sent = codec.payload(codec.read(awaitSent(reference, 1).get(0).value()),
                NotificationSent.class);
        assertThat(sent.messageId()).isEqualTo(threadId(reference));
        int attempts = officer().queryParam("reference", reference).get("/api/notifications").then().statusCode(200)
                .body("messages[0].status", equalTo("SENT")).extract().path("messages[0].attempts");
        assertThat(attempts).isGreaterThanOrEqualTo(2);
        assertThat(mailsAbout(reference)).hasSize(1);
    }

    @Test
    void the_delivery_log_is_for_officers_and_names_a_bad_reference() {
        given().queryParam("reference", "FOI-2026-000001").get("/api/notifications").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Basic realm=\"FOI\"");
        given().auth().preemptive().basic("officer", "wrong").queryParam("reference", "FOI-2026-000001")
                .get("/api/notifications").then().statusCode(401).contentType("application/problem+json");
        given().auth().preemptive().basic("auditor", "test-auditor-pw").queryParam("reference", "FOI-2026-000001")
                .get("/api/notifications").then().statusCode(403).contentType("application/problem+json");
        officer().queryParam("reference", "FOI-26-1; drop table").get("/api/notifications").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reference"));
        officer().get("/api/notifications").then().statusCode(400).body("errors[0].field", equalTo("reference"));
        officer().queryParam("reference", "FOI-2026-999999").get("/api/notifications").then().statusCode(200)
                .body("messages.size()", equalTo(0));
    }

    @Inject
    DispatchMessages dispatchMessages;

    @Test
    void three_dispatchers_on_one_database_send_each_message_once() throws Exception {
        List<String> references = new java.util.ArrayList<>();
        greenMail.stop();
        try {
            for (int i = 0; i < 12; i++) {
                String reference = newReference();
                references.add(reference);
                produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
                produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));
            }
            await().atMost(WAIT).until(() -> count("select count(*) from outgoing_message where status = 'PENDING' "
                    + "and attempts > 0 and reference in ('" + String.join("','", references) + "')") == 12);
        } finally {
            greenMail.start();
        }
        // The service's own dispatcher and two more, each with its own senders, all at once on the same rows.
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        List<java.util.concurrent.Future<?>> dispatchers = new java.util.ArrayList<>();
        for (int d = 0; d < 2; d++) {
            dispatchers.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                // A dispatcher of its own (its own senders in flight), as a second instance of the service has.
                DispatchMessages.Sending sending = dispatchMessages.sending(senders, 4, () -> { });
                long deadline = System.currentTimeMillis() + WAIT.toMillis();
                while (System.currentTimeMillis() < deadline && references.stream().anyMatch(r -> mailsAbout(r).isEmpty())) {
                    if (!sending.pass()) {
                        // Polling (not a proof): the senders are busy or nothing is due yet.
                        java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
                    }
                }
            }));
        }
        for (java.util.concurrent.Future<?> dispatcher : dispatchers) {
            dispatcher.get(WAIT.toSeconds() + 10, java.util.concurrent.TimeUnit.SECONDS);
        }
        senders.shutdown();
        // Once every row is SENT no dispatcher can take it again, and any send in hand has been delivered.
        String inList = "('" + String.join("','", references) + "')";
        await().atMost(WAIT).until(() -> count("select count(*) from outgoing_message where status = 'SENT' "
                + "and reference in " + inList) == 12);
        for (String reference : references) {
            assertThat(mailsAbout(reference)).as(reference).hasSize(1);
            assertThat(awaitSent(reference, 1)).as(reference).hasSize(1);
        }
    }

    private RequestSpecification officer() {
        return given().auth().preemptive().basic("officer", "test-officer-pw").accept(ContentType.JSON);
    }

    @Inject
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
    void a_case_opened_before_the_contact_details_arrive_waits_for_them() throws Exception {
        String reference = newReference();
        produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.CASE_OPENED, reference));
        UUID marker = UUID.randomUUID();
        produce(Topics.CASE, reference, GoldenSamples.forReference(EventType.DECISION_APPROVED, reference, marker));
        TopicReader.awaitHandled(kafka, "notification-service", Topics.CASE,
                r -> r.value().contains(marker.toString()), WAIT);
        // Recorded, but with no address it cannot be tried: no attempt, no email.
        assertThat(count("select count(*) from outgoing_message where reference = '" + reference
                + "' and status = 'PENDING' and attempts = 0")).isEqualTo(1);
        assertThat(mailsAbout(reference)).isEmpty();

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
        assertThat(sent.kind()).isEqualTo("response");
        // The response answers the acknowledgement's thread, though here it is the first email of the request.
        assertThat(mail.getHeader("In-Reply-To")[0]).isEqualTo(threadId(reference));
        assertThat(mail.getHeader("Message-ID")[0]).isEqualTo(sent.messageId())
                .isEqualTo("<" + sent.notificationId() + "@foi.example-city.gov.uk>");
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

    @Test
    void a_readable_event_whose_handling_keeps_failing_is_tried_then_dead_lettered_with_the_reason() {
        String reference = TopicReader.UNSTORABLE_REFERENCE;
        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));

        ConsumerRecord<String, String> dead = TopicReader.await(kafka, Topics.deadLetter(Topics.INTAKE, "notification"),
                reference, 1, WAIT).get(0);
        assertThat(dead.value()).contains(reference);
        assertThat(TopicReader.header(dead, "dead-letter-reason")).contains("value too long");
        assertThat(TopicReader.header(dead, "dead-letter-topic")).isEqualTo(Topics.INTAKE);
    }

    @Test
    void a_message_on_the_response_topic_that_cannot_be_parsed_goes_to_its_dead_letter_topic() {
        String poisonKey = "poison-" + UUID.randomUUID();
        produce(Topics.RESPONSE, poisonKey, "{ not an event");
        String reference = newReference();
        produce(Topics.INTAKE, reference, GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        produce(Topics.RESPONSE, reference, GoldenSamples.forReference(EventType.RESPONSE_ISSUED, reference));

        assertThat(TopicReader.await(kafka, Topics.deadLetter(Topics.RESPONSE, "notification"), poisonKey, 1, WAIT)
                .get(0).value()).isEqualTo("{ not an event");
        awaitMails(reference, 1);
    }

}
