package org.foiplatform.assessment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.foiplatform.localstack.testsupport.JwtKeys;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The letter preview on the case page, from a stand-in for response-service: the decision sent as a DecisionApproved
 * v2 with a token signed for the officer, the letter and its findings shown (escaped), and a blocking finding that
 * stops the submission and says why.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
@WithTestResource(JwtKeys.class)
@WithTestResource(StandInResponseService.class)
class DashboardPreviewTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void the_preview_shows_the_letter_and_its_findings_and_a_blocking_finding_stops_the_submission()
            throws Exception {
        String reference = DashboardPages.openCase(kafka, "Who cleared the snow?", "What did it cost?");
        DashboardPages.Session officer = DashboardPages.signIn("officer");

        String preview = officer.form().formParam("action", "preview").formParam("outcome-1", "INFORMATION_PROVIDED")
                .formParam("answer-1", "The highways team.").formParam("outcome-2", "INFORMATION_PROVIDED")
                .formParam("answer-2", "£12,000.").post("/dashboard/cases/" + reference + "/decision").then()
                .statusCode(200).extract().asString();
        assertThat(preview).contains("Letter preview", "srcdoc=\"&lt;html&gt;&lt;body&gt;&lt;p&gt;Dear Jane Citizen",
                "Question 2&#39;s answer is long: &lt;b&gt;shorten&lt;/b&gt; it", "sandbox");
        String sent = StandInResponseService.BODIES.get(StandInResponseService.BODIES.size() - 1);
        assertThat(sent).contains("\"reference\":\"" + reference + "\"", "\"answer\":\"The highways team.\"",
                "\"draftedBy\":\"officer\"", "\"reviewBy\":\"");
        String token = StandInResponseService.AUTHORIZATIONS.get(StandInResponseService.AUTHORIZATIONS.size() - 1);
        assertThat(token).startsWith("Bearer ");
        String claims = new String(Base64.getUrlDecoder().decode(token.substring(7).split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(claims).contains("\"upn\":\"officer\"", "\"groups\":[\"officer\"]");
        // Nothing is stored by a preview.
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));

        Response blocked = officer.form().formParam("action", "submit").formParam("outcome-1", "INFORMATION_PROVIDED")
                .formParam("answer-1", "BLOCK ME: Mr Smith did.").formParam("outcome-2", "INFORMATION_PROVIDED")
                .formParam("answer-2", "£12,000.").post("/dashboard/cases/" + reference + "/decision");
        assertThat(blocked.statusCode()).isEqualTo(422);
        assertThat(blocked.asString()).contains("govuk-error-summary",
                "The letter cannot be sent: The answer to question 1 seems to name a third party: take it out",
                "Stops the letter");
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("OPEN"));

        Response submitted = officer.form().formParam("action", "submit")
                .formParam("outcome-1", "INFORMATION_PROVIDED").formParam("answer-1", "The highways team.")
                .formParam("outcome-2", "INFORMATION_PROVIDED").formParam("answer-2", "£12,000.")
                .post("/dashboard/cases/" + reference + "/decision");
        assertThat(submitted.statusCode()).isEqualTo(303);
        as("officer").get("/api/cases/" + reference).then().body("status", equalTo("AWAITING_APPROVAL"));

        // The approver previews the stored draft.
        String approverPage = DashboardPages.signIn("approver").spec()
                .get("/dashboard/cases/" + reference + "?preview=yes").then().statusCode(200).extract().asString();
        assertThat(approverPage).contains("Letter preview", "Approve the decision");
    }
}
