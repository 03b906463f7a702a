package org.foiplatform.systemtests;

import static io.restassured.RestAssured.given;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.foiplatform.contracts.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The whole platform, black box: the four packaged services as separate processes with a real Kafka
 * broker, PostgreSQL (a database per service) and an SMTP server, driven over HTTP as a requester and
 * an officer would, with the emails read back from the SMTP server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformSystemTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private Platform platform;

    @BeforeAll
    void startThePlatform() throws Exception {
        platform = Platform.start();
    }

    @AfterAll
    void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void a_request_is_acknowledged_decided_and_answered_by_email() throws Exception {
        String email = "jane." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String reference = submitRequest(email);

        // 3. assessment-service opened the case with its due date.
        await().atMost(WAIT).untilAsserted(() -> officer().get(url("assessment-service", "/api/cases/" + reference))
                .then().statusCode(200).body("status", equalTo("OPEN")));
        String dueDate = officer().get(url("assessment-service", "/api/cases/" + reference)).then().extract()
                .path("dueDate");

        // 4. notification-service emailed the acknowledgement with the reference and due date.
        MimeMessage acknowledgement = awaitMail(email, "We have received your request for information " + reference);
        assertThat(GreenMailUtil.getBody(acknowledgement)).contains(reference)
                .contains(java.time.LocalDate.parse(dueDate)
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        // With the private tracking link: the token intake gave the requester, sealed for notification-service on the
        // way; the link opens the request's tracking page.
        String plain = textPart(acknowledgement);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/requests/"
                + reference + "\\?token=[A-Za-z0-9_%-]+)").matcher(plain);
        assertThat(link.find()).as("the tracking link in: %s", plain).isTrue();
        given().accept(ContentType.HTML).get(link.group(1)).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(reference));

        // 5. An officer drafts the decision and a second officer approves it; response-service writes the letter;
        // notification-service emails it.
        officer().contentType(ContentType.JSON).body("""
                {"outcomes": [
                  {"question": 1, "outcome": "INFORMATION_PROVIDED", "answer": "There were 47 reports & 3 repairs."},
                  {"question": 2, "outcome": "NOT_HELD", "answer": "We do not hold costs by street."}]}
                """).post(url("assessment-service", "/api/cases/" + reference + "/decision"))
                .then().statusCode(200).body("status", equalTo("AWAITING_APPROVAL"));
        platform.approver().contentType(ContentType.JSON).body("{\"approve\": true}")
                .post(url("assessment-service", "/api/cases/" + reference + "/approval"))
                .then().statusCode(200).body("status", equalTo("DECISION_APPROVED"));

        MimeMessage response = awaitMail(email, "Your request for information " + reference);
        String letter = GreenMailUtil.getWholeMessage(response);
        assertThat(letter).contains("How many potholes were reported on Mill Lane in 2025?",
                "There were 47 reports &amp; 3 repairs.", "How much did the council spend repairing them?",
                "We do not hold costs by street.");
        // The letter came by claim check: notification-service fetched it from response-service, PDF and all.
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) response.getContent();
        jakarta.mail.BodyPart pdf = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if ((reference + "-letter-v1.pdf").equals(parts.getBodyPart(i).getFileName())) {
                pdf = parts.getBodyPart(i);
            }
        }
        assertThat(pdf).as("the PDF attached").isNotNull();
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains(reference, "How many potholes were reported on Mill Lane in 2025?");
        }
        assertThat(mailsTo(email)).hasSize(2);

        // 6. One sign-in for every service: the officer's token from assessment-service opens notification-service's
        // delivery log, which has no account of its own for them.
        String token = officer().post(url("assessment-service", "/api/tokens")).then().statusCode(200).extract()
                .path("token");
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).queryParam("reference", reference)
                .get(url("notification-service", "/api/notifications")).then().statusCode(200)
                .body("messages.kind", org.hamcrest.Matchers.hasItems("acknowledgement", "response")));
        given().auth().oauth2(token + "x").queryParam("reference", reference)
                .get(url("notification-service", "/api/notifications")).then().statusCode(401);
    }

    @Test
    void a_requester_who_wants_replies_by_post_gets_a_task_on_the_case_instead_of_an_email() {
        String email = "post." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String reference = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(java.util.Map.of("requester", java.util.Map.of("name", "Pat Post", "email", email,
                        "replyBy", "POST", "postalAddress", "10 High Street\nExample City\nEX1 2AB"),
                        "questions", List.of(java.util.Map.of("text", "How many bus shelters are there?"))))
                .post(url("intake-service", "/api/requests")).then().statusCode(201).extract().path("reference");

        // notification-service put the acknowledgement on the case as a task (in the transaction that would have
        // emailed it): the marker after which no email can come for it.
        await().atMost(WAIT).untilAsserted(() -> officer().get(url("assessment-service", "/api/cases/" + reference))
                .then().statusCode(200)
                .body("timeline.what", org.hamcrest.Matchers.hasItem("To print and post: the acknowledgement"))
                .body("timeline.find { it.what == 'To print and post: the acknowledgement' }.detail",
                        org.hamcrest.Matchers.containsString("10 High Street, Example City, EX1 2AB")));
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void a_request_accepted_while_assessment_is_stopped_is_processed_when_it_starts_again() {
        ServiceProcess assessment = platform.service("assessment-service");
        assessment.stop();
        String email = "sam." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String reference;
        try {
            reference = submitRequest(email);
        } finally {
            assessment.start();
            assessment.awaitReady(Platform.READY);
        }

        await().atMost(WAIT).untilAsserted(() -> officer().get(url("assessment-service", "/api/cases/" + reference))
                .then().statusCode(200).body("status", equalTo("OPEN")));
        awaitMail(email, "We have received your request for information " + reference);
    }

    @Test
    void a_service_stopped_while_it_is_busy_loses_no_event_and_sends_no_second_email() throws Exception {
        int requests = 120;
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            emails.add("busy." + run + "." + i + "@example.org");
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> submitted = new ArrayList<>();
        for (String email : emails) {
            submitted.add(clients.submit(() -> submitRequest(email)));
        }
        ServiceProcess notification = platform.service("notification-service");
        // Stopped while acknowledgements are still on their way: some are sent, the rest are queued or in hand.
        await().atMost(WAIT).until(() -> emails.stream().filter(e -> !mailsTo(e).isEmpty()).count() >= 5);
        notification.stop();
        List<String> references = new ArrayList<>();
        try {
            for (Future<String> reference : submitted) {
                references.add(reference.get(60, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdown();
            notification.start();
            notification.awaitReady(Platform.READY);
        }

        // On a timeout the failure names every request still without its acknowledgement.
        await().atMost(WAIT).untilAsserted(() -> assertThat(java.util.stream.IntStream.range(0, requests)
                .filter(i -> mailsTo(emails.get(i)).stream().noneMatch(m -> subjectOf(m)
                        .equals("We have received your request for information " + references.get(i))))
                .mapToObj(references::get).toList()).as("requests without an acknowledgement").isEmpty());
        // An email the SMTP server took just before the stop may go again, but as the same message (the same
        // Message-ID, so the requester's mail system shows one): never a second, different email.
        for (String email : emails) {
            assertThat(mailsTo(email).stream().map(Platform::messageId).distinct()).hasSize(1);
        }
        assertThat(deadLetters(Topics.deadLetter(Topics.INTAKE, "notification"), references)).isEmpty();
        assertThat(deadLetters(Topics.deadLetter(Topics.CASE, "notification"), references)).isEmpty();
    }

    /** 1 and 2: the requester submits; intake answers 201 with the reference and publishes RequestReceived. */
    private String submitRequest(String email) {
        return platform.submit(email).then().statusCode(201).body("reference", matchesPattern("FOI-\\d{4}-\\d{6}"))
                .extract().path("reference");
    }

    private RequestSpecification officer() {
        return platform.officer();
    }

    private String url(String service, String path) {
        return platform.url(service, path);
    }

    /** The decoded text/plain part of an email. */
    private static String textPart(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof String text) {
            return text;
        }
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof jakarta.mail.Multipart) {
                jakarta.mail.Multipart inner = (jakarta.mail.Multipart) part.getContent();
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).isMimeType("text/plain")) {
                        return String.valueOf(inner.getBodyPart(j).getContent());
                    }
                }
            }
        }
        return "";
    }

    private List<MimeMessage> mailsTo(String email) {
        return platform.mailsTo(email);
    }

    private MimeMessage awaitMail(String email, String subject) {
        return platform.awaitMail(email, subject, WAIT);
    }

    private static String subjectOf(MimeMessage message) {
        return Platform.subjectOf(message);
    }

    private List<String> deadLetters(String topic, List<String> keys) {
        return platform.deadLetters(topic, keys, WAIT);
    }
}
