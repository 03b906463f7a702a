package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Dashboard sessions are ended on the server: a copy of the cookies taken before signing out, disabling the account,
 * or changing its roles or password is refused at once (sent to sign in), while another session, or a change that
 * touches none of these, leaves sessions alone.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class SessionRevocationTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A new officer account of this test's own, whose password is test-<name>-pw as DashboardPages expects. */
    private static String newOfficer() {
        String name = "revoke" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
        as("admin").body(Map.of("username", name, "roles", List.of("officer"), "password", "test-" + name + "-pw"))
                .post("/api/accounts").then().statusCode(201);
        return name;
    }

    private static void assertLive(DashboardPages.Session session) {
        assertThat(session.spec().get("/dashboard").statusCode()).as("the session still opens the queue")
                .isEqualTo(200);
    }

    private static void assertRefused(DashboardPages.Session session) {
        Response page = session.spec().get("/dashboard");
        assertThat(page.statusCode()).as("the old cookies are refused").isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/dashboard/sign-in");
    }

    @Test
    void signing_out_ends_the_session_on_the_server_but_not_another_browsers() {
        String name = newOfficer();
        DashboardPages.Session copy = DashboardPages.signIn(name);
        DashboardPages.Session otherBrowser = DashboardPages.signIn(name);
        assertLive(copy);
        Response out = copy.form().post("/dashboard/sign-in/out");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().getValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(DashboardPages.SESSION_ID + "=").contains("Max-Age=0"));
        // The browser forgets its cookies; a copy taken before is refused all the same.
        assertRefused(copy);
        assertLive(otherBrowser);
    }

    @Test
    void the_session_cookie_alone_or_with_another_accounts_session_signs_nobody_in() {
        String name = newOfficer();
        DashboardPages.Session mine = DashboardPages.signIn(name);
        DashboardPages.Session someoneElse = DashboardPages.signIn("officer");
        given().redirects().follow(false).cookie(DashboardPages.SESSION, mine.cookie()).get("/dashboard").then()
                .statusCode(302);
        given().redirects().follow(false).cookie(DashboardPages.SESSION, mine.cookie())
                .cookie(DashboardPages.SESSION_ID, someoneElse.sessionId()).get("/dashboard").then().statusCode(302);
        assertLive(mine);
    }

    @Test
    void disabling_the_account_ends_its_sessions_and_enabling_it_again_does_not_revive_them() {
        String name = newOfficer();
        DashboardPages.Session session = DashboardPages.signIn(name);
        assertLive(session);
        as("admin").body(Map.of("enabled", false)).patch("/api/accounts/" + name).then().statusCode(200);
        assertRefused(session);
        as("admin").body(Map.of("enabled", true)).patch("/api/accounts/" + name).then().statusCode(200);
        assertRefused(session);
        assertLive(DashboardPages.signIn(name));
        assertThat(auditDetails(name)).contains("disabled; 1 session ended");
    }

    @Test
    void changing_the_roles_ends_the_sessions_but_setting_the_same_roles_or_an_email_does_not() {
        String name = newOfficer();
        DashboardPages.Session session = DashboardPages.signIn(name);
        as("admin").body(Map.of("roles", List.of("officer"), "email", name + "@example.gov.uk"))
                .patch("/api/accounts/" + name).then().statusCode(200);
        assertLive(session);
        as("admin").body(Map.of("roles", List.of("officer", "approver"))).patch("/api/accounts/" + name).then()
                .statusCode(200);
        assertRefused(session);
        assertThat(auditDetails(name)).contains("roles officer, approver; 1 session ended");
    }

    @Test
    void a_new_password_ends_the_sessions() {
        String name = newOfficer();
        DashboardPages.Session first = DashboardPages.signIn(name);
        DashboardPages.Session second = DashboardPages.signIn(name);
        as("admin").body(Map.of("password", "an entirely new password")).patch("/api/accounts/" + name).then()
                .statusCode(200);
        assertRefused(first);
        assertRefused(second);
        assertThat(auditDetails(name)).contains("password changed; 2 sessions ended");
    }

    /** The details of the audit trail's entries about this account. */
    static List<String> auditDetails(String subject) {
        List<String> details = new java.util.ArrayList<>();
        long after = 0;
        while (true) {
            Response page = as("admin").get("/api/audit?limit=500&after=" + after);
            List<Map<String, Object>> entries = page.jsonPath().getList("entries");
            entries.stream().filter(e -> subject.equals(e.get("subject"))).map(e -> String.valueOf(e.get("detail")))
                    .forEach(details::add);
            Object next = page.jsonPath().get("next");
            if (next == null) {
                return details;
            }
            after = ((Number) next).longValue();
        }
    }
}
