package org.foiplatform.assessment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.WithdrawalRecorded;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * A withdrawal the requester made by telephone, letter or email, recorded by an officer through the API and the case
 * page, against the real broker and database: the case is closed, WithdrawalRecorded published (schema and golden
 * sample), a missing reason named, and a closed case refused with 409.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class WithdrawalTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private ConsumerRecord<String, String> recorded(String reference) {
        return TopicReader.await(kafka, Topics.CASE, r -> reference.equals(r.key())
                && r.value().contains("\"type\":\"" + EventType.WITHDRAWAL_RECORDED.wireName() + "\""), 1, WAIT).get(0);
    }

    @Test
    void an_officer_records_a_withdrawal_through_the_api() throws Exception {
        String reference = DashboardPages.openCase(kafka, "How many streetlights were repaired in 2025?");
        as("officer").body("{}").post("/api/cases/" + reference + "/withdrawal").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as("officer").body("{\"reason\": \"" + "x".repeat(1001) + "\"}").post("/api/cases/" + reference + "/withdrawal")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));

        as("officer").body("{\"reason\": \"She telephoned: she found the figures on our website.\"}")
                .post("/api/cases/" + reference + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("timeline.what", hasItem("Withdrawal recorded"));
        ConsumerRecord<String, String> record = recorded(reference);
        ContractSchemas.assertValid(record.value());
        assertThat(GoldenSamples.fieldPaths(record.value()))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(EventType.WITHDRAWAL_RECORDED)));
        EventCodec codec = new EventCodec();
        WithdrawalRecorded payload = codec.payload(codec.read(record.value()), WithdrawalRecorded.class);
        assertThat(payload.reason()).isEqualTo("She telephoned: she found the figures on our website.");
        assertThat(payload.recordedBy()).isEqualTo("officer");
        assertThat(payload.regime()).isEqualTo("FOIA");

        // Closed: a second withdrawal is refused, naming the status.
        as("officer").body("{\"reason\": \"Again.\"}").post("/api/cases/" + reference + "/withdrawal").then()
                .statusCode(409);
    }

    @Test
    void an_officer_records_a_withdrawal_on_the_case_page() throws Exception {
        String reference = DashboardPages.openCase(kafka, "What did the council spend on <b>road salt</b>?");
        DashboardPages.Session officer = DashboardPages.signIn("officer");
        String page = officer.spec().get("/dashboard/cases/" + reference).then().statusCode(200).extract().asString();
        assertThat(page).contains("Record a withdrawal", "id=\"withdraw-reason\"");

        String refused = officer.form().formParam("withdraw-reason", " ").post("/dashboard/cases/" + reference
                + "/withdrawal").then().statusCode(400).extract().asString();
        assertThat(refused).contains("href=\"#withdraw-reason\"", "Say how the requester withdrew the request");
        // Without the CSRF token nothing changes.
        officer.spec().contentType("application/x-www-form-urlencoded").formParam("withdraw-reason", "By letter.")
                .post("/dashboard/cases/" + reference + "/withdrawal").then().statusCode(400);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));

        officer.form().formParam("withdraw-reason", "By letter of 20 April <i>2026</i>.")
                .post("/dashboard/cases/" + reference + "/withdrawal").then().statusCode(303);
        String after = officer.spec().get("/dashboard/cases/" + reference + "?done=withdrawn").then().statusCode(200)
                .extract().asString();
        assertThat(after).contains("The withdrawal is recorded", "By letter of 20 April &lt;i&gt;2026&lt;/i&gt;.")
                .doesNotContain("Record a withdrawal");
        assertThat(recorded(reference).value()).contains("By letter of 20 April <i>2026</i>.");
    }
}
