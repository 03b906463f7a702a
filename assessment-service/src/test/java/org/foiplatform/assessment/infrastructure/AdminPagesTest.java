package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The admin's pages against the real database: who may see them (a redirect to sign in without a session, the
 * no-access page for an officer or approver), adding an account (a password given or made and shown once), changing
 * roles and email, disabling and enabling, a new password, each with the same rules and audit entries as the API and
 * an error summary when a rule is broken; a form without its CSRF token changes nothing; the audit trail by account
 * and by page; the bank-holiday import, showing what changed; the teams, which once listed are the only ones an
 * assignment accepts.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class AdminPagesTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Pattern SHOWN_PASSWORD = Pattern.compile("<code class=\"admin-password\">([^<]+)</code>");

    private static String newName() {
        return "adm" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
    }

    /** A new officer account, whose password is test-<name>-pw as DashboardPages expects. */
    private static String newOfficer() {
        String name = newName();
        as("admin").body(Map.of("username", name, "roles", List.of("officer"), "password", "test-" + name + "-pw"))
                .post("/api/accounts").then().statusCode(201);
        return name;
    }

    private static Map<String, Object> accountFromApi(String name) {
        List<Map<String, Object>> all = as("admin").get("/api/accounts").then().statusCode(200).extract().jsonPath()
                .getList("$");
        return all.stream().filter(a -> name.equals(a.get("username"))).findFirst().orElse(null);
    }

    private static String shownPassword(String html) {
        Matcher m = SHOWN_PASSWORD.matcher(html);
        assertThat(m.find()).as("a password shown once").isTrue();
        return m.group(1);
    }

    private static int signInStatus(String name, String password) {
        return DashboardPages.postSignIn(name, password, "10.9.7.7").header("Location").endsWith("/failed") ? 401 : 200;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard/admin", "/dashboard/admin/accounts/new", "/dashboard/admin/accounts/officer",
            "/dashboard/admin/audit", "/dashboard/admin/calendar", "/dashboard/admin/teams",
            "/dashboard/admin/authority"})
    void without_a_session_each_page_sends_to_sign_in_and_an_officer_or_approver_has_no_access(String path) {
        Response anonymous = given().redirects().follow(false).get(path);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/dashboard/sign-in");
        for (String account : List.of("officer", "approver")) {
            String html = DashboardPages.signIn(account).spec().get(path).then().statusCode(403).extract().asString();
            assertThat(html).contains("You do not have access to this", "admin role");
        }
    }

    @Test
    void only_an_admin_sees_the_admin_link_and_the_accounts_table() {
        assertThat(DashboardPages.signIn("officer").spec().get("/dashboard").asString())
                .doesNotContain("href=\"/dashboard/admin\"");
        String html = DashboardPages.signIn("admin").spec().get("/dashboard/admin").then().statusCode(200).extract()
                .asString();
        assertThat(html).contains("href=\"/dashboard/admin\">Admin</a>", "<table class=\"govuk-table\" id=\"accounts\">",
                "href=\"/dashboard/admin/accounts/approver2\"", "Officer, Approver", "moj-sub-navigation");
    }

    @Test
    void an_officer_posting_the_add_form_is_refused_and_nothing_is_added() {
        String name = newName();
        DashboardPages.signIn("approver").form().formParam("username", name).formParam("roles", "admin")
                .formParam("password", "a long enough password").post("/dashboard/admin/accounts").then()
                .statusCode(403);
        assertThat(accountFromApi(name)).isNull();
    }

    @Test
    void an_account_added_with_a_password_can_sign_in_with_its_roles_and_is_on_the_audit_trail() {
        String name = newName();
        String html = DashboardPages.signIn("admin").form().formParam("username", name)
                .formParam("email", name + "@example.gov.uk").formParam("roles", "officer").formParam("roles", "approver")
                .formParam("password", "test-" + name + "-pw").post("/dashboard/admin/accounts").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("The account " + name + " was added", "Officer, Approver").doesNotContain(
                "admin-password");
        assertThat(accountFromApi(name)).containsEntry("roles", List.of("officer", "approver"))
                .containsEntry("email", name + "@example.gov.uk").containsEntry("enabled", true);
        DashboardPages.signIn(name).spec().get("/dashboard").then().statusCode(200);
        assertThat(SessionRevocationTest.auditDetails(name)).contains("roles officer, approver");
    }

    @Test
    void an_account_added_without_a_password_gets_one_shown_once() {
        String name = newName();
        Response added = DashboardPages.signIn("admin").form().formParam("username", name).formParam("roles", "officer")
                .post("/dashboard/admin/accounts");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.header("Cache-Control")).isEqualTo("no-store");
        String html = added.asString();
        String password = shownPassword(html);
        assertThat(password).hasSize(23);
        assertThat(signInStatus(name, password)).isEqualTo(200);
        // Not shown again.
        assertThat(DashboardPages.signIn("admin").spec().get("/dashboard/admin/accounts/" + name).asString())
                .doesNotContain(password);
    }

    @Test
    void broken_rules_come_back_with_an_error_summary_and_nothing_is_added() {
        DashboardPages.Session admin = DashboardPages.signIn("admin");
        String html = admin.form().formParam("username", "Not A Name").formParam("email", "nowhere")
                .formParam("password", "short").post("/dashboard/admin/accounts").then().statusCode(400).extract()
                .asString();
        assertThat(html).contains("<title>Error: Add an account", "govuk-error-summary", "href=\"#username\"",
                "href=\"#password\"", "href=\"#email\"", "id=\"username-error\"", "value=\"Not A Name\"",
                "Use at least 12 characters");
        assertThat(accountFromApi("Not A Name")).isNull();
        // A name already taken.
        String taken = admin.form().formParam("username", "officer").formParam("password", "a long enough password")
                .post("/dashboard/admin/accounts").then().statusCode(400).extract().asString();
        assertThat(taken).contains("There is already an account called officer", "href=\"#username\"");
    }

    @Test
    void a_form_without_its_csrf_token_adds_nothing() {
        String name = newName();
        DashboardPages.signIn("admin").spec().contentType("application/x-www-form-urlencoded")
                .formParam("username", name).formParam("password", "a long enough password")
                .post("/dashboard/admin/accounts").then().statusCode(400);
        assertThat(accountFromApi(name)).isNull();
    }

    @Test
    void roles_and_email_are_changed_on_the_page_and_the_admin_cannot_take_their_own_admin_role() {
        String name = newOfficer();
        DashboardPages.Session admin = DashboardPages.signIn("admin");
        Response saved = admin.form().formParam("roles", "approver").formParam("roles", "officer")
                .formParam("email", "").post("/dashboard/admin/accounts/" + name);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/dashboard/admin/accounts/" + name + "?changed=details");
        assertThat(accountFromApi(name)).containsEntry("roles", List.of("officer", "approver"));
        assertThat(admin.spec().get("/dashboard/admin/accounts/" + name + "?changed=details").asString())
                .contains("The roles and email address were saved", "name=\"roles\" type=\"checkbox\" value=\"approver\""
                        + " aria-describedby=\"roles-approver-hint\" checked");
        assertThat(SessionRevocationTest.auditDetails(name)).contains("roles officer, approver; email address removed");

        String html = admin.form().formParam("roles", "officer").formParam("email", "")
                .post("/dashboard/admin/accounts/admin").then().statusCode(400).extract().asString();
        assertThat(html).contains("govuk-error-summary", "href=\"#roles\"",
                "You cannot take the admin role from your own account");
        assertThat(accountFromApi("admin")).containsEntry("roles", List.of("admin"));
        admin.spec().get("/dashboard/admin").then().statusCode(200);
    }

    @Test
    void a_bad_email_address_comes_back_on_the_account_page() {
        String name = newOfficer();
        String html = DashboardPages.signIn("admin").form().formParam("roles", "officer").formParam("email", "not an"
                + " address").post("/dashboard/admin/accounts/" + name).then().statusCode(400).extract().asString();
        assertThat(html).contains("<title>Error: Account " + name, "href=\"#email\"", "id=\"email-error\"");
        assertThat(accountFromApi(name).get("email")).isNull();
    }

    @Test
    void disabling_signs_the_account_out_at_once_and_enabling_lets_it_sign_in_again() {
        String name = newOfficer();
        DashboardPages.Session theirs = DashboardPages.signIn(name);
        DashboardPages.Session admin = DashboardPages.signIn("admin");
        Response disabled = admin.form().formParam("enabled", "no").post("/dashboard/admin/accounts/" + name + "/status");
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(accountFromApi(name)).containsEntry("enabled", false);
        assertThat(theirs.spec().get("/dashboard").statusCode()).isEqualTo(302);
        assertThat(signInStatus(name, "test-" + name + "-pw")).isEqualTo(401);
        assertThat(admin.spec().get("/dashboard/admin/accounts/" + name + "?changed=disabled").asString())
                .contains("Disabled", "Enable the account");

        admin.form().formParam("enabled", "yes").post("/dashboard/admin/accounts/" + name + "/status").then()
                .statusCode(303);
        assertThat(signInStatus(name, "test-" + name + "-pw")).isEqualTo(200);
        assertThat(SessionRevocationTest.auditDetails(name)).contains("disabled; 1 session ended", "enabled");

        admin.form().formParam("enabled", "maybe").post("/dashboard/admin/accounts/" + name + "/status").then()
                .statusCode(400);
        String self = admin.form().formParam("enabled", "no").post("/dashboard/admin/accounts/admin/status").then()
                .statusCode(400).extract().asString();
        assertThat(self).contains("You cannot disable your own account", "href=\"#enabled\"");
        assertThat(accountFromApi("admin")).containsEntry("enabled", true);
    }

    @Test
    void a_new_password_is_made_and_shown_once_and_the_old_one_stops_working() {
        String name = newOfficer();
        DashboardPages.Session admin = DashboardPages.signIn("admin");
        String html = admin.form().post("/dashboard/admin/accounts/" + name + "/password").then().statusCode(200)
                .extract().asString();
        String password = shownPassword(html);
        assertThat(signInStatus(name, "test-" + name + "-pw")).isEqualTo(401);
        assertThat(signInStatus(name, password)).isEqualTo(200);
        assertThat(SessionRevocationTest.auditDetails(name)).contains("password changed");

        String tooShort = admin.form().formParam("password", "short").post("/dashboard/admin/accounts/" + name
                + "/password").then().statusCode(400).extract().asString();
        assertThat(tooShort).contains("href=\"#password\"", "Use at least 12 characters");
        assertThat(signInStatus(name, password)).isEqualTo(200);
    }

    @Test
    void an_unknown_account_is_a_page_that_says_so() {
        DashboardPages.Session admin = DashboardPages.signIn("admin");
        assertThat(admin.spec().get("/dashboard/admin/accounts/nobody-here").then().statusCode(404).extract()
                .asString()).contains("There is no account called nobody-here");
        admin.form().formParam("enabled", "no").post("/dashboard/admin/accounts/nobody-here/status").then()
                .statusCode(404);
    }

    @Test
    void the_audit_trail_shows_the_latest_entries_of_one_account_page_by_page() {
        String name = newOfficer();
        for (int i = 0; i < 55; i++) {
            as("admin").body(Map.of("email", "o" + i + "@example.gov.uk")).patch("/api/accounts/" + name).then()
                    .statusCode(200);
        }
        DashboardPages.Session admin = DashboardPages.signIn("admin");
        String first = admin.spec().get("/dashboard/admin/audit?account=" + name).then().statusCode(200).extract()
                .asString();
        // 56 entries about the account (added, then 55 changes): 50 on the first page, the latest first.
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains("Entries about " + name, "Account changed", "Older entries")
                .doesNotContain("Account added");
        Matcher older = Pattern.compile("href=\"(/dashboard/admin/audit\\?account=[^\"]+)\" rel=\"next\"")
                .matcher(first);
        assertThat(older.find()).isTrue();
        String second = admin.spec().get(older.group(1).replace("&amp;", "&")).then().statusCode(200).extract()
                .asString();
        assertThat(rows(second)).isEqualTo(6);
        assertThat(second).contains("Account added", "roles officer").doesNotContain("Older entries");
        // Every account: the admin's own sign-in is there too.
        assertThat(admin.spec().get("/dashboard/admin/audit").asString()).contains("Signed in", "Entries of every account");
        // A name that cannot be an account.
        String bad = admin.spec().get("/dashboard/admin/audit?account=<script>").then().statusCode(400).extract()
                .asString();
        assertThat(bad).contains("govuk-error-summary", "href=\"#account\"", "value=\"&lt;script&gt;\"")
                .doesNotContain("value=\"<script>\"");
    }

    @Test
    void without_response_service_the_authority_profile_page_says_it_cannot_be_shown() {
        // The %test profile points response-base-url at a port where nothing listens.
        String html = DashboardPages.signIn("admin").spec().get("/dashboard/admin/authority").then().statusCode(503)
                .extract().asString();
        assertThat(html).contains("The profile cannot be", "shown now").doesNotContain("Save the profile");
    }

    private static int rows(String html) {
        String body = html.substring(html.indexOf("<tbody"), html.indexOf("</tbody>"));
        return body.split("<tr class=\"govuk-table__row\">", -1).length - 1;
    }

    @Test
    void the_calendar_page_imports_gov_uks_file_and_shows_what_changed() {
        String bundled = resource("calendar/govuk-bank-holidays.json");
        String proclaimed = bundled.replaceFirst("\"northern-ireland\": \\{\\s*\"division\": \"northern-ireland\",\\s*"
                + "\"events\": \\[", "\"northern-ireland\": {\"division\": \"northern-ireland\", \"events\": [\n"
                + "{\"title\": \"A proclaimed holiday\", \"date\": \"2028-12-29\", \"notes\": \"\", \"bunting\": true},");
        assertThat(proclaimed).isNotEqualTo(bundled);
        DashboardPages.Session admin = DashboardPages.signIn("admin");
        assertThat(admin.spec().get("/dashboard/admin/calendar").then().statusCode(200).extract().asString())
                .contains("2023, 2024, 2025, 2026, 2027, 2028", "name=\"file\"");
        try {
            String html = utf8(admin).formParam("file", proclaimed).post("/dashboard/admin/calendar").then()
                    .statusCode(200).extract().asString();
            assertThat(html).contains("1 holiday added, 0 removed", "29 December 2028", "A proclaimed holiday",
                    "Northern Ireland", "Added");
        } finally {
            String back = utf8(admin).formParam("file", bundled).post("/dashboard/admin/calendar").then()
                    .statusCode(200).extract().asString();
            assertThat(back).contains("0 holidays added, 1 removed", "Removed");
        }
        assertThat(utf8(admin).formParam("file", bundled).post("/dashboard/admin/calendar").asString())
                .contains("it changed nothing");
        // The names came through as sent (UTF-8), so the calendar is as it was.
        given().get("/api/calendar/bank-holidays").then().body("holidays.find { it.date == '2026-03-17' }.name",
                org.hamcrest.Matchers.equalTo("St Patrick’s Day"));
        List<Map<String, Object>> imports = as("admin").get("/api/audit?limit=500").jsonPath().getList("entries");
        assertThat(imports).anySatisfy(e -> assertThat(e).containsEntry("action", "CALENDAR_IMPORTED")
                .containsEntry("actor", "admin"));
    }

    @Test
    void a_calendar_that_is_not_gov_uks_file_comes_back_with_an_error_summary() {
        DashboardPages.Session admin = DashboardPages.signIn("admin");
        assertThat(admin.form().formParam("file", "").post("/dashboard/admin/calendar").then().statusCode(400)
                .extract().asString()).contains("govuk-error-summary", "href=\"#file\"", "Paste the contents");
        assertThat(admin.form().formParam("file", "region,date,name").post("/dashboard/admin/calendar").then()
                .statusCode(400).extract().asString()).contains("This is not JSON");
        assertThat(admin.form().formParam("file", "{\"scotland\": {\"events\": \"none\"}}")
                .post("/dashboard/admin/calendar").then().statusCode(400).extract().asString())
                .contains("england-and-wales.events", "scotland.events");
        admin.spec().contentType("application/x-www-form-urlencoded").formParam("file", "{}")
                .post("/dashboard/admin/calendar").then().statusCode(400);
    }

    @Test
    void listed_teams_are_the_only_ones_an_assignment_accepts_until_none_are_listed() throws Exception {
        String reference = DashboardPages.openCase(kafka, "How many trees did the council plant in 2025?");
        DashboardPages.Session admin = DashboardPages.signIn("admin");
        assertThat(admin.spec().get("/dashboard/admin/teams").then().statusCode(200).extract().asString())
                .contains("No teams are listed");
        as("officer").body(Map.of("team", "Anything at all")).post("/api/cases/" + reference + "/assignment").then()
                .statusCode(200);
        try {
            for (String team : List.of("Planning", "Information <Governance>")) {
                Response added = admin.form().formParam("name", team).post("/dashboard/admin/teams");
                assertThat(added.statusCode()).isEqualTo(303);
                assertThat(added.header("Location")).endsWith("/dashboard/admin/teams?changed=added");
            }
            String page = admin.spec().get("/dashboard/admin/teams?changed=added").asString();
            assertThat(page).contains("The team was added", "Information &lt;Governance&gt;", "Planning")
                    .doesNotContain("Information <Governance>");
            assertThat(page.indexOf("Information &lt;Governance&gt;")).isLessThan(page.indexOf(">Planning<"));
            assertThat(admin.form().formParam("name", "PLANNING").post("/dashboard/admin/teams").then().statusCode(400)
                    .extract().asString()).contains("govuk-error-summary", "href=\"#name\"",
                            "There is already a team called PLANNING");
            assertThat(admin.form().formParam("name", " ").post("/dashboard/admin/teams").then().statusCode(400)
                    .extract().asString()).contains("href=\"#name\"", "Enter the team&#39;s name");
            admin.spec().contentType("application/x-www-form-urlencoded").formParam("name", "Forged")
                    .post("/dashboard/admin/teams").then().statusCode(400);
            DashboardPages.signIn("officer").form().formParam("name", "Forged").post("/dashboard/admin/teams").then()
                    .statusCode(403);
            assertThat(admin.spec().get("/dashboard/admin/teams").asString()).doesNotContain("Forged");

            // An unknown team is refused, naming the field, and the case keeps its team.
            as("officer").body(Map.of("team", "Highways", "officer", "officer"))
                    .post("/api/cases/" + reference + "/assignment").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasItem("team"))
                    .body("errors.reason", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(
                            "Information <Governance>, Planning")));
            as("officer").queryParam("team", "Anything at all").get("/api/cases").then().body("cases.reference",
                    org.hamcrest.Matchers.hasItem(reference));
            as("officer").body(Map.of("team", "Planning")).post("/api/cases/" + reference + "/assignment").then()
                    .statusCode(200);
            assertThat(SessionRevocationTest.auditDetails("Planning")).isNotEmpty();
        } finally {
            for (String team : List.of("Planning", "Information <Governance>")) {
                admin.form().formParam("name", team).post("/dashboard/admin/teams/remove").then().statusCode(303);
            }
        }
        // None listed again: any name is accepted, as before.
        as("officer").body(Map.of("team", "Highways")).post("/api/cases/" + reference + "/assignment").then()
                .statusCode(200);
        assertThat(admin.form().formParam("name", "Planning").post("/dashboard/admin/teams/remove").then()
                .statusCode(400).extract().asString()).contains("There is no team called Planning");
    }

    /** A form post as a browser sends it: UTF-8 (RestAssured's own default is ISO-8859-1). */
    private static io.restassured.specification.RequestSpecification utf8(DashboardPages.Session session) {
        return session.form().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private static String resource(String path) {
        try (InputStream in = AdminPagesTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
