package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.foiplatform.localstack.testsupport.JwtKeys;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The admin's page for the authority's profile, against a stand-in for response-service (which keeps the profile and
 * its rules): shown filled in, saved with a token signed for the admin (the logo kept), response-service's refusal
 * shown as an error summary naming the field, a form without its CSRF token or from a non-admin changing nothing,
 * and the change on the audit trail.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
@WithTestResource(JwtKeys.class)
@WithTestResource(StandInResponseService.class)
class AuthorityProfilePageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void putTheFirstProfileBack() {
        StandInResponseService.PROFILE.set(StandInResponseService.FIRST_PROFILE);
    }

    private static RequestSpecification filledIn(DashboardPages.Session admin) {
        return filledIn(admin, "foi@exampleton.gov.uk");
    }

    private static RequestSpecification filledIn(DashboardPages.Session admin, String email) {
        return admin.form().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("name", "Exampleton Borough Council").formParam("team", "Information Rights")
                .formParam("address", "Civic Centre\nExampleton EX2 2BB").formParam("website", "https://exampleton.gov.uk")
                .formParam("email", email).formParam("phone", "").formParam("signature", "")
                .formParam("licence", "Open Government Licence v3.0").formParam("licenceUrl", "")
                .formParam("publicationScheme", "").formParam("disclosureLog", "");
    }

    @Test
    void the_page_shows_the_profile_and_only_to_an_admin() {
        given().redirects().follow(false).get("/dashboard/admin/authority").then().statusCode(302);
        DashboardPages.signIn("officer").spec().get("/dashboard/admin/authority").then().statusCode(403);
        String html = DashboardPages.signIn("admin").spec().get("/dashboard/admin/authority").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("value=\"Example City Council\"", ">Town Hall, High Street, Exampleton EX1 1AA</textarea>",
                "value=\"foi@example.gov.uk\"", "aria-current=\"page\" href=\"/dashboard/admin/authority\"");
    }

    @Test
    void a_saved_profile_goes_to_response_service_with_the_admins_token_keeping_the_logo() throws Exception {
        DashboardPages.Session admin = DashboardPages.signIn("admin");
        int before = StandInResponseService.PROFILE_AUTHORIZATIONS.size();
        Response saved = filledIn(admin).post("/dashboard/admin/authority");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/dashboard/admin/authority?changed=saved");

        JsonNode stored = JSON.readTree(StandInResponseService.PROFILE.get());
        assertThat(stored.path("name").asText()).isEqualTo("Exampleton Borough Council");
        assertThat(stored.path("address").asText()).isEqualTo("Civic Centre\nExampleton EX2 2BB");
        assertThat(stored.path("phone").isNull()).isTrue();
        assertThat(stored.path("logo").asText()).isEqualTo("data:image/png;base64,iVBORw0KGgo=");
        String authorization = StandInResponseService.PROFILE_AUTHORIZATIONS.get(
                StandInResponseService.PROFILE_AUTHORIZATIONS.size() - 1);
        assertThat(StandInResponseService.PROFILE_AUTHORIZATIONS.size()).isGreaterThan(before);
        assertThat(authorization).startsWith("Bearer ");
        JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(authorization.substring(7)
                .split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(claims.path("upn").asText()).isEqualTo("admin");
        assertThat(claims.path("groups").toString()).contains("admin");

        assertThat(admin.spec().get("/dashboard/admin/authority?changed=saved").asString())
                .contains("The profile was saved", "value=\"Exampleton Borough Council\"");
        assertThat(SessionRevocationTest.auditDetails("authority profile")).contains("name Exampleton Borough Council");
    }

    @Test
    void response_services_refusal_comes_back_with_an_error_summary_and_nothing_is_saved() {
        DashboardPages.Session admin = DashboardPages.signIn("admin");
        String html = filledIn(admin, "nowhere").post("/dashboard/admin/authority").then()
                .statusCode(400).extract().asString();
        assertThat(html).contains("<title>Error: Authority profile", "govuk-error-summary", "href=\"#email\"",
                "Email address for requests must be an email address", "id=\"email-error\"",
                "value=\"Exampleton Borough Council\"");
        assertThat(StandInResponseService.PROFILE.get()).isEqualTo(StandInResponseService.FIRST_PROFILE);
    }

    @Test
    void a_form_without_its_csrf_token_or_from_an_officer_changes_nothing() {
        DashboardPages.signIn("admin").spec().contentType("application/x-www-form-urlencoded")
                .formParam("name", "Forged").formParam("email", "a@b.c").post("/dashboard/admin/authority").then()
                .statusCode(400);
        filledIn(DashboardPages.signIn("approver")).post("/dashboard/admin/authority").then().statusCode(403);
        assertThat(StandInResponseService.PROFILE.get()).isEqualTo(StandInResponseService.FIRST_PROFILE);
    }
}
