package org.foiplatform.intake.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The regime hint end to end: RequestReceived read off the real broker carries the law the words suggest when it is
 * not the one the request was made under, and the portal's check your answers page tells a requester asking for their
 * own personal data that it is a subject access request.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "intake_test"))
class RegimeHintEventTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private final EventCodec codec = new EventCodec();
    private final PortalSession portal = new PortalSession();

    private RequestReceived submitted(String regime, String question) {
        String reference = given().contentType(ContentType.JSON)
                .body("{\"requester\":{\"name\":\"Jane Citizen\",\"email\":\"jane@example.org\"},\"regime\":\"" + regime
                        + "\",\"questions\":[{\"text\":\"" + question + "\"}]}")
                .post("/api/requests").then().statusCode(201).extract().path("reference");
        String value = TopicReader.await(kafka, Topics.INTAKE, reference, 1, Duration.ofSeconds(30)).get(0).value();
        ContractSchemas.assertValid(value);
        return codec.payload(codec.read(value), RequestReceived.class);
    }

    @Test
    void the_event_carries_the_law_the_words_suggest_only_when_it_is_not_the_one_asked_under() {
        String air = "What were the air quality readings on Station Road in 2025?";
        RequestReceived foia = submitted("FOIA", air);
        assertThat(foia.regimeHint()).isEqualTo(new RequestReceived.RegimeHint("EIR", java.util.List.of("air quality")));
        assertThat(submitted("FOISA", air).regimeHint().regime()).isEqualTo("EIRS");
        assertThat(submitted("EIR", air).regimeHint()).isNull();
        RequestReceived own = submitted("FOIA", "Please send me all the information you hold about me.");
        assertThat(own.regimeHint().regime()).isEqualTo("SAR");
        assertThat(own.regimeHint().because()).containsExactly("hold about me");
        assertThat(submitted("FOIA", "How many potholes were reported on Mill Lane in 2025?").regimeHint()).isNull();
    }

    private String checkPage(String question) {
        portal.get("/requests/new");
        return portal.post("/requests/new", "action", "continue", "name", "Jane Citizen", "email", "jane@example.org",
                "organisation", "", "title", "My request", "question", question, "preferredFormat", "ELECTRONIC",
                "consent", "no", "website", "").then().statusCode(200).extract().asString();
    }

    @Test
    void check_your_answers_says_plainly_that_asking_for_your_own_data_is_a_subject_access_request() {
        String own = checkPage("I would like a copy of my personal data and my housing records.");
        assertThat(own).contains("id=\"subject-access-hint\"")
                .contains("Asking for your own personal data is a subject access")
                .contains("<a class=\"govuk-link\" href=\"/#subject-access\">How to make a subject access request</a>");
        assertThat(given().get("/").then().statusCode(200).extract().asString()).contains("id=\"subject-access\"");

        assertThat(checkPage("How many potholes were reported on Mill Lane in 2025?"))
                .contains("Check your answers before sending").doesNotContain("subject-access-hint");
    }
}
