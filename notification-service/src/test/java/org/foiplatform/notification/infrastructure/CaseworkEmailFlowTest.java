package org.foiplatform.notification.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

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
import org.foiplatform.contracts.events.PostalReplyNeeded;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.GreenMailResource;
import org.foiplatform.localstack.testsupport.InjectGreenMail;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The casework emails, each from its event's golden sample after a RequestReceived for the same reference, read back
 * from GreenMail: to the requester in the request's thread (clarification, fees notice, extension, review received,
 * withdrawal), and to the officers' mailbox outside it (deadline approaching or missed, a letter blocked, an email
 * not delivered). A real Kafka broker, PostgreSQL and GreenMail; the same test resources as NotificationFlowTest, so
 * the two share one application.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(GreenMailResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "notification_test"))
class CaseworkEmailFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REQUESTER = "jane.citizen@example.org";
    /** foi.notification.officers.email in the test profile. */
    private static final String OFFICERS = "foi-officers@example-city.gov.uk";
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    javax.sql.DataSource dataSource;

    private final EventCodec codec = new EventCodec();

    /** A new reference whose requester's contact details have arrived. */
    private String requestReceived() {
        String reference = TestReferences.next();
        TopicReader.produce(kafka, Topics.INTAKE, reference,
                GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        return reference;
    }

    private void produce(EventType type, String reference) {
        produce(type, reference, GoldenSamples.forReference(type, reference));
    }

    private void produce(EventType type, String reference, String event) {
        TopicReader.produce(kafka, type.topic(), reference, event);
    }

    private List<MimeMessage> mailsAbout(String reference) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).contains(reference)).toList();
    }

    private MimeMessage awaitOneMail(String reference) {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        while (mailsAbout(reference).isEmpty() && System.currentTimeMillis() < deadline) {
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        List<MimeMessage> mails = mailsAbout(reference);
        assertThat(mails).as("emails about %s", reference).hasSize(1);
        return mails.get(0);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String threadId(String reference) {
        return "<request." + reference + "@foi.example-city.gov.uk>";
    }

    /** To the requester, answering the acknowledgement's Message-ID, with the subject given. */
    private static String requesterEmail(MimeMessage mail, String subject, String reference) throws Exception {
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(REQUESTER);
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(mail.getHeader("In-Reply-To")[0]).isEqualTo(threadId(reference));
        assertThat(mail.getHeader("References")[0]).isEqualTo(threadId(reference));
        assertThat(mail.getHeader("Message-ID")[0]).isNotEqualTo(threadId(reference));
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("foi@example-city.gov.uk");
        return bodies(mail);
    }

    /** To the officers' mailbox, not in the requester's thread, with the subject given. */
    private static String officersEmail(MimeMessage mail, String subject) throws Exception {
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(OFFICERS);
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(mail.getHeader("In-Reply-To")).isNull();
        assertThat(mail.getHeader("References")).isNull();
        return bodies(mail);
    }

    @Test
    void a_request_for_clarification_is_emailed_with_the_question_how_to_answer_and_when_the_request_lapses()
            throws Exception {
        String reference = requestReceived();
        produce(EventType.CLARIFICATION_REQUESTED, reference);

        String body = requesterEmail(awaitOneMail(reference),
                "We need more information about your request " + reference, reference);
        assertThat(body).contains("Which part of Mill Lane do you mean", "Reply to this email",
                "section 1(3) of the Freedom of Information Act 2000", "starts again, in full",
                "16 July 2026");
    }

    @Test
    void a_fees_notice_is_emailed_with_the_amount_how_it_was_worked_out_how_to_pay_and_the_date_to_pay_by()
            throws Exception {
        String reference = requestReceived();
        produce(EventType.FEES_NOTICE_ISSUED, reference);

        String body = requesterEmail(awaitOneMail(reference),
                "A fee is due before we answer your request " + reference, reference);
        assertThat(body).contains("12.50", "250 pages printed and posted at 5p a page",
                "To pay, reply to this email or call us", "16 July 2026", "16 April 2026");
    }

    @Test
    void one_extension_sends_the_requester_one_email_with_the_new_date_the_law_and_the_reason() throws Exception {
        String reference = requestReceived();
        // assessment-service publishes both for one extension: DueDateChanged (cause EXTENDED), then DeadlineExtended.
        produce(EventType.DUE_DATE_CHANGED, reference, withPayload(
                GoldenSamples.forReference(EventType.DUE_DATE_CHANGED, reference), payload -> payload
                        .put("cause", "EXTENDED").put("dueDate", "2026-06-11").put("previousDueDate", "2026-05-13")
                        .put("reason", "Extended under section 10(3)")));
        produce(EventType.DEADLINE_EXTENDED, reference);
        // The marker: a later event on the same key and topic that sends nothing. Once it is handled, both were.
        UUID marker = UUID.randomUUID();
        produce(EventType.DECISION_APPROVED, reference,
                GoldenSamples.forReference(EventType.DECISION_APPROVED, reference, marker));
        TopicReader.awaitHandled(kafka, "notification-service", Topics.CASE,
                r -> r.value().contains(marker.toString()), WAIT);

        assertThat(count("select count(*) from outgoing_message where reference = '" + reference + "'")).isEqualTo(1);
        String body = requesterEmail(awaitOneMail(reference),
                "We need more time to answer your request " + reference, reference);
        assertThat(body).contains("11 June 2026", "13 May 2026", "Section 10(3) of the Freedom of Information Act 2000",
                "20 working days", "The public interest in the contract prices under section 43(2)");
        NotificationSent sent = codec.payload(codec.read(
                TopicReader.await(kafka, Topics.NOTIFICATION, reference, 1, WAIT).get(0).value()), NotificationSent.class);
        assertThat(sent.kind()).isEqualTo("deadline-extended");
        assertThat(mailsAbout(reference)).hasSize(1);
    }

    @Test
    void a_request_for_review_is_acknowledged_with_the_date_and_the_grounds_escaped() throws Exception {
        String reference = requestReceived();
        produce(EventType.REVIEW_REQUESTED, reference, withPayload(
                GoldenSamples.forReference(EventType.REVIEW_REQUESTED, reference),
                payload -> payload.put("grounds", "The invoices are <script>alert(1)</script> held")));

        String body = requesterEmail(awaitOneMail(reference),
                "We have received your request for an internal review of " + reference, reference);
        assertThat(body).contains("20 May 2026", "The invoices are &lt;script&gt;alert(1)&lt;/script&gt; held")
                .doesNotContain("are <script>alert(1)</script> held</p>");
    }

    @Test
    void a_withdrawal_is_confirmed_with_its_date_and_the_requesters_words() throws Exception {
        String reference = requestReceived();
        produce(EventType.REQUEST_WITHDRAWN, reference);

        String body = requesterEmail(awaitOneMail(reference),
                "We have closed your request " + reference + " as you asked", reference);
        assertThat(body).contains("22 April 2026", "I found the figures in the council");
    }

    @Test
    void a_lapsed_request_is_closed_with_what_did_not_arrive_and_by_when() throws Exception {
        String reference = requestReceived();
        produce(EventType.REQUEST_LAPSED, reference);

        String body = requesterEmail(awaitOneMail(reference), "We have closed your request " + reference, reference);
        assertThat(body).contains("16 April 2026", "16 July 2026", "tell us more about what you want",
                "FOIA s.1(3)", "make a new request");
    }

    @Test
    void an_approaching_deadline_is_emailed_to_the_officers_mailbox_with_the_days_left_and_the_date() throws Exception {
        String reference = requestReceived();
        produce(EventType.DEADLINE_APPROACHING, reference);

        String body = officersEmail(awaitOneMail(reference),
                reference + ": request due in 5 working days, on 13 May 2026");
        assertThat(body).contains("13 May 2026", "5 working days left", "Its status is open.");
    }

    @Test
    void a_missed_deadline_of_a_review_is_emailed_to_the_officers_mailbox_without_the_requesters_address()
            throws Exception {
        // No RequestReceived: an officers' email waits for no requester's address.
        String reference = TestReferences.next();
        produce(EventType.DEADLINE_MISSED, reference, withPayload(
                GoldenSamples.forReference(EventType.DEADLINE_MISSED, reference),
                payload -> payload.put("deadline", "REVIEW")));

        String body = officersEmail(awaitOneMail(reference), reference + ": internal review is late (due 13 May 2026)");
        assertThat(body).contains("the internal review of request " + reference, "13 May 2026",
                "awaiting approval").doesNotContain(REQUESTER);
    }

    @Test
    void a_blocked_letter_is_emailed_to_the_officers_with_every_blocking_findings_question_and_message()
            throws Exception {
        String reference = requestReceived();
        produce(EventType.LETTER_BLOCKED, reference, withPayload(
                GoldenSamples.forReference(EventType.LETTER_BLOCKED, reference), payload -> payload
                        .withArray("findings").addObject().put("rule", "EXEMPTION_NAMED").put("severity", "BLOCKING")
                        .put("question", 3).put("message", "Question 3 is refused without <b>an exemption</b>.")));

        String body = officersEmail(awaitOneMail(reference),
                reference + ": the letter was blocked by a compliance check and not issued");
        assertThat(body).contains("Question 2: Question 2's answer still reads like a placeholder",
                "Question 3: Question 3 is refused without &lt;b&gt;an exemption&lt;/b&gt;.", "NO_PLACEHOLDERS",
                "5 May 2026 at 15:00");
    }

    @Test
    void an_email_the_requester_could_not_be_sent_is_reported_to_the_officers_with_the_servers_reason()
            throws Exception {
        String reference = requestReceived();
        produce(EventType.NOTIFICATION_FAILED, reference);

        String body = officersEmail(awaitOneMail(reference),
                reference + ": an email to the requester could not be delivered");
        assertThat(body).contains("acknowledgement", "550 5.1.1", "refused it for good", "14 April 2026 at 10:31");
    }

    @Test
    void a_failed_officers_email_calls_for_no_further_email() throws Exception {
        String reference = requestReceived();
        produce(EventType.NOTIFICATION_FAILED, reference, withPayload(
                GoldenSamples.forReference(EventType.NOTIFICATION_FAILED, reference),
                payload -> payload.put("kind", "officer-notification-failed")));
        // The marker: a later event on the same key and topic that calls for nothing (NotificationSent).
        UUID marker = UUID.randomUUID();
        produce(EventType.NOTIFICATION_SENT, reference,
                GoldenSamples.forReference(EventType.NOTIFICATION_SENT, reference, marker));
        TopicReader.awaitHandled(kafka, "notification-service", Topics.NOTIFICATION,
                r -> r.value().contains(marker.toString()), WAIT);

        assertThat(count("select count(*) from outgoing_message where reference = '" + reference + "'")).isZero();
        assertThat(mailsAbout(reference)).isEmpty();
    }

    @Test
    void a_case_assigned_to_an_officer_is_emailed_to_their_own_address() throws Exception {
        String reference = requestReceived();
        produce(EventType.CASE_ASSIGNED, reference);

        MimeMessage mail = awaitOneMail(reference);
        assertThat(mail.getAllRecipients()).extracting(Object::toString)
                .containsExactly("a.officer@example-city.gov.uk");
        assertThat(mail.getSubject()).isEqualTo(reference + ": assigned to officer, due on 14 May 2026");
        assertThat(mail.getHeader("In-Reply-To")).isNull();
        assertThat(bodies(mail)).contains("is now with officer in Information governance", "assigned by approver",
                "14 May 2026", "Sent by the FOI platform").doesNotContain(REQUESTER);
    }

    @Test
    void a_case_assigned_to_an_officer_without_an_address_is_emailed_to_the_team() throws Exception {
        String reference = requestReceived();
        produce(EventType.CASE_ASSIGNED, reference, withPayload(
                GoldenSamples.forReference(EventType.CASE_ASSIGNED, reference), payload -> payload
                        .putNull("officerEmail").put("officer", "<b>o.brien</b>")));

        String body = officersEmail(awaitOneMail(reference), reference + ": assigned to <b>o.brien</b>, due on 14 May 2026");
        // The HTML part shows the name as text; only the plain-text part carries it as typed.
        assertThat(body).contains("<strong>&lt;b&gt;o.brien&lt;/b&gt;</strong>").doesNotContain("<strong><b>o.brien");
    }

    @Test
    void a_decision_submitted_for_approval_is_emailed_to_the_officers_mailbox() throws Exception {
        String reference = requestReceived();
        produce(EventType.DECISION_SUBMITTED, reference);

        String body = officersEmail(awaitOneMail(reference),
                reference + ": decision awaits approval, due on 14 May 2026");
        assertThat(body).contains("officer has drafted the decision on request " + reference, "7 questions",
                "granted part withheld part overall", "except officer");
    }

    @Test
    void a_requester_who_wants_replies_by_post_gets_no_email_but_a_task_to_print_and_post() throws Exception {
        String reference = TestReferences.next();
        String address = "Flat 2, 10 High Street\nExample City\nEX1 2AB";
        produce(EventType.REQUEST_RECEIVED, reference, withPayload(
                GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference), payload -> ((ObjectNode) payload
                        .get("requester")).put("postalAddress", address)));
        produce(EventType.CASE_OPENED, reference);

        // The marker: PostalReplyNeeded is published in the transaction where the email would have been sent.
        ConsumerRecord<String, String> task = TopicReader.await(kafka, Topics.NOTIFICATION, reference, 1, WAIT).get(0);
        ContractSchemas.assertValid(task.value());
        EventEnvelope envelope = codec.read(task.value());
        assertThat(envelope.type()).isEqualTo(EventType.POSTAL_REPLY_NEEDED.wireName());
        PostalReplyNeeded needed = codec.payload(envelope, PostalReplyNeeded.class);
        assertThat(needed.kind()).isEqualTo("acknowledgement");
        assertThat(needed.postalAddress()).isEqualTo(address);
        assertThat(needed.subject()).contains(reference);
        assertThat(needed.letterPdf()).isNull();
        assertThat(mailsAbout(reference)).isEmpty();
        assertThat(count("select count(*) from outgoing_message where reference = '" + reference
                + "' and status = 'TO_POST'")).isEqualTo(1);

        // Ready to print for an officer, and for nobody else.
        String page = given().auth().preemptive().basic("officer", "test-officer-pw")
                .get("/api/notifications/" + needed.messageId() + "/printable")
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertThat(page).contains(reference);
        given().get("/api/notifications/" + needed.messageId() + "/printable").then().statusCode(401);
        given().auth().preemptive().basic("officer", "test-officer-pw")
                .get("/api/notifications/" + UUID.randomUUID() + "/printable").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    /** The text and HTML parts, decoded (quoted-printable folds long lines). */
    private static String bodies(MimeMessage mail) throws Exception {
        StringBuilder bodies = new StringBuilder();
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            bodies.append(parts.getBodyPart(i).getContent()).append('\n');
        }
        return bodies.toString();
    }

    /** The sample with its payload changed. */
    private static String withPayload(String sample, Consumer<ObjectNode> change) {
        try {
            ObjectNode envelope = (ObjectNode) JSON.readTree(sample);
            change.accept((ObjectNode) envelope.get("payload"));
            return JSON.writeValueAsString(envelope);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
