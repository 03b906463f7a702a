package org.foiplatform.notification.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.NotificationFailed;
import org.foiplatform.contracts.events.NotificationSent;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.GreenMailResource;
import org.foiplatform.localstack.testsupport.InjectGreenMail;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * A response letter issued as a claim check ({@code ResponseIssued} version 2), fetched from a stand-in for
 * response-service's letters API when its email is sent: the email carries the letter's HTML and text and its PDF,
 * byte for byte; response-service failing delays it, never sends it without its letter; a letter that is not the
 * one issued, or credentials that are refused, are never sent. A real Kafka broker, PostgreSQL and GreenMail.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(GreenMailResource.class)
@WithTestResource(LetterServer.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "notification_letters_test"))
class LetterEmailFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectGreenMail
    GreenMail greenMail;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private final EventCodec codec = new EventCodec();

    /** A letter as response-service would serve it: its three renderings. */
    record IssuedLetter(UUID id, String reference, String html, String text, byte[] pdf) {

        static IssuedLetter about(String reference) {
            String html = "<!DOCTYPE html><html lang=\"en-GB\"><body><h1>Your request " + reference + "</h1>"
                    + "<p>Dear Jane Citizen,</p><p>We hold the information. 47 potholes were reported on Mill Lane "
                    + "in 2025 &amp; 12 were repaired.</p></body></html>";
            String text = "Your request " + reference + "\n\nDear Jane Citizen,\n\nWe hold the information. "
                    + "47 potholes were reported on Mill Lane in 2025 & 12 were repaired.\n\nYours sincerely,\n"
                    + "Information Governance Team\n";
            return new IssuedLetter(UUID.randomUUID(), reference, html, text,
                    LetterEmailFlowTest.pdf("Our response to your request " + reference));
        }

        String path(String extension) {
            return "/api/letters/" + id + "/letter." + extension;
        }

        /** The stand-in serves it as issued. */
        void serve() {
            LetterServer.serve(path("html"), html.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8");
            LetterServer.serve(path("txt"), text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
            LetterServer.serve(path("pdf"), pdf, "application/pdf");
        }

        /** The event that issues it: the golden sample, with this letter's id, paths, sizes and SHA-256. */
        String event() throws Exception {
            ObjectNode envelope = (ObjectNode) JSON.readTree(
                    GoldenSamples.forReference(EventType.RESPONSE_ISSUED_V2, reference));
            ObjectNode payload = (ObjectNode) envelope.get("payload");
            payload.put("letterId", id.toString());
            for (var document : (ArrayNode) payload.get("documents")) {
                ObjectNode claim = (ObjectNode) document;
                byte[] content = switch (claim.get("format").asText()) {
                    case "html" -> html.getBytes(StandardCharsets.UTF_8);
                    case "text" -> text.getBytes(StandardCharsets.UTF_8);
                    default -> pdf;
                };
                String extension = switch (claim.get("format").asText()) {
                    case "html" -> "html";
                    case "text" -> "txt";
                    default -> "pdf";
                };
                claim.put("path", path(extension)).put("bytes", content.length).put("sha256", sha256(content));
            }
            String event = JSON.writeValueAsString(envelope);
            ContractSchemas.assertValid(event);
            return event;
        }
    }

    @Test
    void an_issued_letter_is_emailed_with_its_html_its_text_and_its_pdf_attached_byte_for_byte() throws Exception {
        String reference = TestReferences.next();
        IssuedLetter letter = IssuedLetter.about(reference);
        letter.serve();
        issue(letter);

        MimeMessage mail = awaitOneMail(reference);
        assertThat(mail.getSubject()).isEqualTo("Your request for information " + reference);
        List<Part> parts = leaves(mail);
        assertThat(content(single(parts, "text/html"))).contains(letter.html());
        // The letter's text, all of it: only its last line break is gone, taken by the MIME boundary after it
        // (RFC 2046 5.1.1: the CRLF before a boundary belongs to the boundary).
        assertThat(content(single(parts, "text/plain"))).isEqualTo(letter.text().stripTrailing());
        List<Part> attached = attachments(parts);
        assertThat(attached).hasSize(1);
        Part pdf = attached.get(0);
        assertThat(pdf.getFileName()).isEqualTo(reference + "-letter-v1.pdf");
        assertThat(pdf.isMimeType("application/pdf")).isTrue();
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(letter.pdf());
        // Fetched as the mailer, once each.
        assertThat(LetterServer.REQUESTS.stream().filter(r -> r.contains(letter.id().toString())))
                .containsExactlyInAnyOrder("GET " + letter.path("html") + " mailer 200",
                        "GET " + letter.path("txt") + " mailer 200", "GET " + letter.path("pdf") + " mailer 200");

        NotificationSent sent = codec.payload(codec.read(
                TopicReader.await(kafka, Topics.NOTIFICATION, reference, 1, WAIT).get(0).value()), NotificationSent.class);
        assertThat(sent.kind()).isEqualTo("response");
        assertThat(mail.getHeader("Message-ID")[0]).isEqualTo(sent.messageId());
        // Only the claim is stored: no rendering of the letter is in the message's model.
        assertThat(text("select model::text from outgoing_message where reference = '" + reference + "'"))
                .contains(letter.path("pdf"), sha256(letter.pdf())).doesNotContain("Mill Lane", "%PDF");
    }

    @Test
    void an_internal_reviews_outcome_letter_is_emailed_under_its_own_subject_in_the_thread_with_its_pdf()
            throws Exception {
        String reference = TestReferences.next();
        IssuedLetter letter = IssuedLetter.about(reference);
        letter.serve();
        TopicReader.produce(kafka, Topics.INTAKE, reference,
                GoldenSamples.forReference(EventType.REQUEST_RECEIVED, reference));
        TopicReader.produce(kafka, Topics.RESPONSE, reference,
                letter.event().replace("\"kind\":\"DECISION\"", "\"kind\":\"REVIEW\""));

        MimeMessage mail = awaitOneMail(reference);
        assertThat(mail.getSubject()).isEqualTo("The outcome of the internal review of your request " + reference);
        assertThat(mail.getHeader("In-Reply-To")[0]).isEqualTo("<request." + reference + "@foi.example-city.gov.uk>");
        assertThat(mail.getHeader("References")[0]).isEqualTo("<request." + reference + "@foi.example-city.gov.uk>");
        List<Part> parts = leaves(mail);
        assertThat(content(single(parts, "text/html"))).contains(letter.html());
        List<Part> attached = attachments(parts);
        assertThat(attached).hasSize(1);
        assertThat(attached.get(0).getFileName()).isEqualTo(reference + "-letter-v1.pdf");
        assertThat(attached.get(0).getInputStream().readAllBytes()).isEqualTo(letter.pdf());
        NotificationSent sent = codec.payload(codec.read(
                TopicReader.await(kafka, Topics.NOTIFICATION, reference, 1, WAIT).get(0).value()), NotificationSent.class);
        assertThat(sent.kind()).isEqualTo("review-outcome");
        // One message: the review's letter is not also emailed as a response.
        assertThat(text("select count(*)::text from outgoing_message where reference = '" + reference + "'"))
                .isEqualTo("1");
    }

    @Test
    void while_response_service_answers_503_nothing_is_sent_and_once_it_answers_the_letter_goes_once()
            throws Exception {
        String reference = TestReferences.next();
        IssuedLetter letter = IssuedLetter.about(reference);
        letter.serve();
        LetterServer.failWith(letter.id(), 503);
        try {
            issue(letter);
            // Tried and failed twice (a growing pause between), still waiting, and no email without the letter.
            await().atMost(WAIT).untilAsserted(() -> deliveryLog(reference)
                    .body("messages[0].status", equalTo("PENDING"))
                    .body("messages[0].attempts", greaterThanOrEqualTo(2))
                    .body("messages[0].lastError", containsString("answered 503")));
            assertThat(mailsAbout(reference)).isEmpty();
        } finally {
            LetterServer.recover(letter.id());
        }

        MimeMessage mail = awaitOneMail(reference);
        assertThat(attachments(leaves(mail))).hasSize(1);
        awaitSent(reference);
        int attempts = deliveryLog(reference).extract().path("messages[0].attempts");
        assertThat(attempts).isGreaterThanOrEqualTo(3);
        assertThat(mailsAbout(reference)).hasSize(1);
    }

    @Test
    void a_letter_that_is_not_the_one_issued_is_never_sent_and_ends_in_notification_failed() throws Exception {
        String reference = TestReferences.next();
        IssuedLetter letter = IssuedLetter.about(reference);
        // The same size, other bytes: changed after it was issued.
        letter.serve();
        byte[] altered = letter.pdf().clone();
        altered[altered.length / 2] ^= 1;
        LetterServer.serve(letter.path("pdf"), altered, "application/pdf");
        issue(letter);

        ConsumerRecord<String, String> record = TopicReader.await(kafka, Topics.NOTIFICATION, reference, 1, WAIT)
                .get(0);
        ContractSchemas.assertValid(record.value());
        EventEnvelope envelope = codec.read(record.value());
        assertThat(envelope.type()).isEqualTo(EventType.NOTIFICATION_FAILED.wireName());
        NotificationFailed failed = codec.payload(envelope, NotificationFailed.class);
        assertThat(failed.kind()).isEqualTo("response");
        assertThat(failed.permanent()).isTrue();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.reason()).contains("letter.pdf", "is not the one issued");
        // Given up in the same transaction as the one attempt: nothing can send it now, and nothing did.
        deliveryLog(reference).body("messages[0].status", equalTo("FAILED")).body("messages[0].attempts", equalTo(1));
        assertThat(mailsAbout(reference)).isEmpty();
    }

    @Test
    void credentials_that_response_service_refuses_send_nothing_until_they_are_put_right() throws Exception {
        String reference = TestReferences.next();
        IssuedLetter letter = IssuedLetter.about(reference);
        letter.serve();
        // The mailer's password changed on response-service's side only.
        LetterServer.requirePassword(letter.id(), "rotated-password");
        try {
            issue(letter);
            await().atMost(WAIT).untilAsserted(() -> deliveryLog(reference)
                    .body("messages[0].status", equalTo("PENDING"))
                    .body("messages[0].attempts", greaterThanOrEqualTo(2))
                    .body("messages[0].lastError", containsString("answered 401")));
            assertThat(mailsAbout(reference)).isEmpty();
            assertThat(LetterServer.REQUESTS).filteredOn(r -> r.contains(letter.id().toString()))
                    .allMatch(r -> r.endsWith(" mailer 401"));
        } finally {
            LetterServer.acceptUsualPassword(letter.id());
        }
        // A misconfiguration passes once an operator puts it right: the letter then goes, once.
        awaitOneMail(reference);
        awaitSent(reference);
        assertThat(mailsAbout(reference)).hasSize(1);
    }

    private void issue(IssuedLetter letter) throws Exception {
        TopicReader.produce(kafka, Topics.INTAKE, letter.reference(),
                GoldenSamples.forReference(EventType.REQUEST_RECEIVED, letter.reference()));
        TopicReader.produce(kafka, Topics.RESPONSE, letter.reference(), letter.event());
    }

    /** The requester's emails about the reference (a letter given up also sends one to the officers' mailbox). */
    private List<MimeMessage> mailsAbout(String reference) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(reference)
                        && m.getAllRecipients()[0].toString().equals("jane.citizen@example.org");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits, at most WAIT, for the email about the reference, and fails if it does not come or comes twice. */
    private MimeMessage awaitOneMail(String reference) {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        while (mailsAbout(reference).isEmpty() && System.currentTimeMillis() < deadline) {
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        List<MimeMessage> mails = mailsAbout(reference);
        assertThat(mails).as("emails about %s", reference).hasSize(1);
        return mails.get(0);
    }

    /** The mail server has the email before SENT commits: wait for the commit, at most WAIT. */
    private void awaitSent(String reference) {
        await().atMost(WAIT).untilAsserted(() -> deliveryLog(reference).body("messages[0].status", equalTo("SENT")));
    }

    private io.restassured.response.ValidatableResponse deliveryLog(String reference) {
        return officer().queryParam("reference", reference).get("/api/notifications").then().statusCode(200);
    }

    private RequestSpecification officer() {
        return given().auth().preemptive().basic("officer", "test-officer-pw").accept(ContentType.JSON);
    }

    private String text(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                leaves.addAll(leaves(multipart.getBodyPart(i)));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private static List<Part> attachments(List<Part> parts) throws Exception {
        List<Part> attached = new ArrayList<>();
        for (Part part : parts) {
            if (part.getFileName() != null) {
                attached.add(part);
            }
        }
        return attached;
    }

    private static Part single(List<Part> parts, String mediaType) throws Exception {
        List<Part> matching = new ArrayList<>();
        for (Part part : parts) {
            if (part.isMimeType(mediaType) && part.getFileName() == null) {
                matching.add(part);
            }
        }
        assertThat(matching).as(mediaType).hasSize(1);
        return matching.get(0);
    }

    /** A text part's content, with the line ends of the file it came from rather than of SMTP. */
    private static String content(Part part) throws Exception {
        return ((String) part.getContent()).replace("\r\n", "\n");
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A real one-page PDF saying {@code line}, with its cross-reference table, made by hand (no PDF library here). */
    static byte[] pdf(String line) {
        String stream = "BT /F1 12 Tf 72 770 Td (" + line + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            write(out, String.format("%010d 00000 n \n", offset));
        }
        write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
