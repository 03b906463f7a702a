package org.foiplatform.response.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Instant;
import java.util.Set;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.localstack.testsupport.JwtKeys;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The letters API: officers (with the token assessment-service signs) preview a decision's letter and read every
 * version; the mailer fetches renderings by letter id; an admin changes the authority's profile. Each endpoint
 * refuses the wrong role, and bad input is a problem naming the field, with nothing stored.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "response_test"))
@WithTestResource(JwtKeys.class)
class LetterApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private static RequestSpecification as(String role) {
        String token = Jwt.issuer(JwtKeys.ISSUER).upn(role).groups(Set.of(role))
                .expiresAt(Instant.now().plusSeconds(900)).sign();
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static String decisionPayload(String reference) throws Exception {
        return JSON.readTree(GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference)).get("payload")
                .toString();
    }

    @Test
    void an_officer_previews_the_letter_and_its_findings_before_approval() throws Exception {
        String reference = TestReferences.next();
        as("officer").body(decisionPayload(reference)).post("/api/letters/preview").then().statusCode(200)
                .body("blocked", equalTo(false))
                .body("html", org.hamcrest.Matchers.containsString("Dear Sam Taylor"))
                .body("findings.size()", equalTo(0));

        ObjectNode spoilt = (ObjectNode) JSON.readTree(decisionPayload(reference));
        ((ObjectNode) spoilt.get("questions").get(1)).putNull("advice");
        ((ObjectNode) spoilt.get("questions").get(2)).put("answer", "[insert figure]");
        as("approver").body(spoilt.toString()).post("/api/letters/preview").then().statusCode(200)
                .body("blocked", equalTo(true))
                .body("findings.rule", hasItems("COST_REFUSAL_COMPLETE", "NO_PLACEHOLDERS"))
                .body("findings.question", hasItems(2, 3))
                .body("findings.severity", hasItem("BLOCKING"));
        // Nothing was stored or sent by a preview.
        as("officer").get("/api/responses/" + reference).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void a_preview_of_bad_input_is_a_problem_naming_the_field() throws Exception {
        ObjectNode noRegime = (ObjectNode) JSON.readTree(decisionPayload(TestReferences.next()));
        noRegime.remove("regime");
        as("officer").body(noRegime.toString()).post("/api/letters/preview").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("regime"));
        as("officer").body("{ not json").post("/api/letters/preview").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("body"));
        ObjectNode badReference = (ObjectNode) JSON.readTree(decisionPayload(TestReferences.next()));
        badReference.put("reference", "<script>");
        as("officer").body(badReference.toString()).post("/api/letters/preview").then().statusCode(400)
                .body("errors.field", hasItem("reference"));
    }

    @Test
    void every_letter_endpoint_refuses_the_wrong_role() throws Exception {
        String body = decisionPayload(TestReferences.next());
        given().contentType("application/json").body(body).post("/api/letters/preview").then().statusCode(401)
                .contentType("application/problem+json");
        as("auditor").body(body).post("/api/letters/preview").then().statusCode(403)
                .contentType("application/problem+json");
        as("mailer").body(body).post("/api/letters/preview").then().statusCode(403);
        given().get("/api/responses/FOI-2026-000123").then().statusCode(401);
        as("mailer").get("/api/responses/FOI-2026-000123").then().statusCode(403);
        given().get("/api/letters/7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2f05/letter.pdf").then().statusCode(401);
        given().auth().preemptive().basic("mailer", "wrong-password")
                .get("/api/letters/7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2f05/letter.pdf").then().statusCode(401);
        as("auditor").get("/api/letters/7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2f05/letter.pdf").then().statusCode(403);
        given().get("/api/authority-profile").then().statusCode(401);
        as("officer").body("{}").put("/api/authority-profile").then().statusCode(403);
        given().auth().preemptive().basic("mailer", "test-mailer-pw").contentType("application/json").body("{}")
                .put("/api/authority-profile").then().statusCode(403);
    }

    @Test
    void officers_read_every_version_and_fetch_the_latest_letter_as_pdf_html_or_text() {
        String reference = TestReferences.next();
        TopicReader.produce(kafka, Topics.CASE, reference, GoldenSamples.forReference(EventType.DECISION_APPROVED_V2,
                reference));
        Issued.await(kafka, reference, 1);

        as("officer").get("/api/responses/" + reference).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].status", equalTo("ISSUED")).body("[0].version", equalTo(1))
                .body("[0].documents.pdf", equalTo("/api/letters/" + new EventCodec().payload(new EventCodec().read(
                        TopicReader.await(kafka, Topics.RESPONSE, reference, 1, Issued.WAIT).get(0).value()),
                        org.foiplatform.contracts.events.ResponseIssuedV2.class).letterId() + "/letter.pdf"));
        byte[] pdf = as("officer").get("/api/responses/" + reference + "/letter.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        as("approver").get("/api/responses/" + reference + "/letter.txt").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/plain"))
                .body(org.hamcrest.Matchers.containsString("Question 7"));
        as("officer").get("/api/responses/" + reference + "/letter.doc").then().statusCode(400)
                .body("errors.field", hasItem("extension"));
        as("officer").get("/api/responses/not-a-reference").then().statusCode(400)
                .body("errors.field", hasItem("reference"));
    }

    @Test
    void the_requester_fetches_their_letter_with_their_tracking_token_and_a_wrong_one_looks_like_no_letter()
            throws Exception {
        String reference = TestReferences.next();
        String token = "k3v9Qm2xLr8TfZp4Wd7Hs1Bn6Yc0Ej5Ua";
        ObjectNode received = (ObjectNode) JSON.readTree(GoldenSamples.forReference(EventType.REQUEST_RECEIVED,
                reference));
        ((ObjectNode) received.get("payload")).put("trackingTokenHash", org.foiplatform.response.domain
                .LetterDocument.sha256(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        TopicReader.produce(kafka, Topics.INTAKE, reference, received.toString());
        TopicReader.produce(kafka, Topics.CASE, reference, GoldenSamples.forReference(EventType.DECISION_APPROVED_V2,
                reference));
        Issued.await(kafka, reference, 1);
        TopicReader.awaitHandled(kafka, "response-service", Topics.INTAKE, r -> r.key().equals(reference),
                Issued.WAIT);

        String path = "/api/requester/responses/" + reference + "/letter.pdf";
        given().header("Tracking-Token", token).get(path).then().statusCode(200).contentType("application/pdf");
        given().header("Tracking-Token", token).get("/api/requester/responses/" + reference + "/letter.txt").then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString("Dear Sam Taylor"));
        String wrong = given().header("Tracking-Token", token + "x").get(path).then().statusCode(404)
                .contentType("application/problem+json").extract().path("title");
        given().get(path).then().statusCode(404);
        String unknown = given().header("Tracking-Token", token).get("/api/requester/responses/"
                + TestReferences.next() + "/letter.pdf").then().statusCode(404).extract().path("title");
        assertThat(wrong).isEqualTo(unknown);
        // An officer's token is no tracking token.
        as("officer").get(path).then().statusCode(404);
    }

    @Test
    void an_admin_changes_the_authority_profile_and_the_next_letter_uses_it() throws Exception {
        as("officer").get("/api/authority-profile").then().statusCode(200)
                .body("name", equalTo("Example City Council"));
        ObjectNode profile = (ObjectNode) JSON.readTree(as("officer").get("/api/authority-profile").asString());
        ObjectNode bad = profile.deepCopy().put("email", "not an address").put("website", "javascript:alert(1)");
        as("admin").body(bad.toString()).put("/api/authority-profile").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("email", "website"));
        as("officer").get("/api/authority-profile").then().body("email", equalTo(profile.get("email").asText()));

        as("admin").body(profile.deepCopy().put("logo", "https://example.org/logo.png").toString())
                .put("/api/authority-profile").then().statusCode(400).body("errors.field", hasItem("logo"));

        // A one-pixel PNG as the logo: it must reach the letter and the PDF without the network.
        String logo = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
                + "60e6kgAAAABJRU5ErkJggg==";
        profile.put("name", "Exampleshire & District Council").put("team", "Information Rights Team")
                .put("logo", logo);
        as("admin").body(profile.toString()).put("/api/authority-profile").then().statusCode(200);
        try {
            String reference = TestReferences.next();
            TopicReader.produce(kafka, Topics.CASE, reference,
                    GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference));
            Issued issued = Issued.await(kafka, reference, 1);
            assertThat(issued.html()).contains("Exampleshire &amp; District Council", "Information Rights Team",
                    "<img src=\"" + logo + "\" alt=\"Exampleshire &amp; District Council\"");
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(issued.fetch("pdf"))) {
                var resources = pdf.getPage(0).getResources();
                boolean image = false;
                for (var name : resources.getXObjectNames()) {
                    image |= resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
                }
                assertThat(image).as("the logo drawn on the first page").isTrue();
            }
        } finally {
            profile.put("name", "Example City Council").put("team", "Information Governance Team").putNull("logo");
            as("admin").body(profile.toString()).put("/api/authority-profile").then().statusCode(200);
        }
    }
}
