package org.foiplatform.response.infrastructure.disclosure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.candidate;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.question;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.word;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.foiplatform.localstack.testsupport.JwtKeys;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.response.application.DisclosureLog;
import org.foiplatform.response.application.PublishDueEntries;
import org.foiplatform.response.application.ScheduleDisclosure;
import org.foiplatform.response.domain.DisclosureEntry;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/** An admin takes an entry off the public disclosure log; nobody else can. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "response_test"))
@WithTestResource(JwtKeys.class)
class DisclosureUnpublishTest {

    private static final String ADMIN_PASSWORD = "test-admin-pw";

    @io.quarkus.test.kafka.InjectKafkaCompanion
    io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion kafka;

    @Inject
    ScheduleDisclosure schedule;

    @Inject
    PublishDueEntries publish;

    @Inject
    DisclosureLog log;

    private String publishedEntry(String word) {
        String reference = TestReferences.next();
        schedule.schedule(candidate(reference, "FOIA", LocalDate.of(2025, 3, 3), true, null,
                List.of(question(1, "Grit bins on " + word + " Road", "INFORMATION_PROVIDED", "There are four."))));
        publish.publishAllDue();
        return reference;
    }

    private static String token(String role) {
        return Jwt.issuer(JwtKeys.ISSUER).upn(role).groups(Set.of(role)).expiresAt(Instant.now().plusSeconds(900))
                .sign();
    }

    @Test
    void an_unpublished_entry_leaves_every_page_the_feed_and_the_api_and_its_reason_is_kept() {
        String word = word();
        String reference = publishedEntry(word);
        given().get("/disclosure-log/" + reference).then().statusCode(200);
        assertThat(given().get("/disclosure-log/feed.atom").then().extract().asString()).contains(reference);
        assertThat(given().queryParam("q", word).get("/api/disclosure-log").then().extract().jsonPath()
                .getList("results.reference", String.class)).containsExactly(reference);

        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body("{\"reason\": \"The answer names a member of staff.\"}")
                .post("/api/disclosure-log/" + reference + "/unpublish").then().statusCode(200)
                .body("reference", is(reference)).body("reason", is("The answer names a member of staff."));

        // Intake is told, through the outbox: the entry and when, never the reason.
        String unpublished = org.foiplatform.localstack.testsupport.TopicReader.await(kafka,
                org.foiplatform.contracts.Topics.RESPONSE, r -> reference.equals(r.key()) && r.value().contains(
                        "\"type\":\"" + org.foiplatform.contracts.EventType.RESPONSE_UNPUBLISHED.wireName() + "\""),
                1, java.time.Duration.ofSeconds(30)).get(0).value();
        org.foiplatform.localstack.testsupport.ContractSchemas.assertValid(unpublished);
        assertThat(unpublished).contains(reference).doesNotContain("member of staff");

        given().get("/disclosure-log/" + reference).then().statusCode(404);
        given().get("/disclosure-log/" + reference + "/letter.html").then().statusCode(404);
        given().get("/api/disclosure-log/" + reference).then().statusCode(404);
        assertThat(given().get("/disclosure-log/feed.atom").then().extract().asString()).doesNotContain(reference);
        assertThat(given().queryParam("q", word).get("/api/disclosure-log").then().extract().jsonPath()
                .getList("results.reference", String.class)).isEmpty();
        assertThat(given().queryParam("q", word).get("/disclosure-log").then().extract().asString())
                .doesNotContain(reference).contains("No published responses match");

        DisclosureEntry kept = QuarkusTransaction.requiringNew().call(() -> log.find(reference)).orElseThrow();
        assertThat(kept.unpublishReason()).isEqualTo("The answer names a member of staff.");
        assertThat(kept.unpublishedAt()).isNotNull();
        assertThat(kept.publishedAt()).isNotNull();

        // Taken down once: a second time there is nothing public to take down.
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body("{\"reason\": \"Again\"}").post("/api/disclosure-log/" + reference + "/unpublish").then()
                .statusCode(404);
        // A later letter does not bring it back.
        schedule.schedule(candidate(reference, "FOIA", LocalDate.of(2025, 3, 4), true, null,
                List.of(question(1, "Grit bins on " + word + " Road", "INFORMATION_PROVIDED", "Corrected."))));
        publish.publishAllDue();
        given().get("/api/disclosure-log/" + reference).then().statusCode(404);
    }

    @Test
    void only_an_admin_may_unpublish() {
        String reference = publishedEntry(word());
        String body = "{\"reason\": \"Personal data\"}";
        given().contentType(ContentType.JSON).body(body).post("/api/disclosure-log/" + reference + "/unpublish").then()
                .statusCode(401);
        given().auth().preemptive().basic("admin", "wrong-password").contentType(ContentType.JSON).body(body)
                .post("/api/disclosure-log/" + reference + "/unpublish").then().statusCode(401);
        given().auth().oauth2(token("officer")).contentType(ContentType.JSON).body(body)
                .post("/api/disclosure-log/" + reference + "/unpublish").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/disclosure-log/" + reference).then().statusCode(200);

        given().auth().oauth2(token("admin")).contentType(ContentType.JSON).body(body)
                .post("/api/disclosure-log/" + reference + "/unpublish").then().statusCode(200);
        given().get("/disclosure-log/" + reference).then().statusCode(404);
    }

    @Test
    void a_reason_is_required_and_at_most_a_thousand_characters() {
        String reference = publishedEntry(word());
        for (String body : List.of("{}", "{\"reason\": \"  \"}", "{\"reason\": \"" + "x".repeat(1_001) + "\"}")) {
            given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON).body(body)
                    .post("/api/disclosure-log/" + reference + "/unpublish").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        }
        given().get("/disclosure-log/" + reference).then().statusCode(200);
    }
}
