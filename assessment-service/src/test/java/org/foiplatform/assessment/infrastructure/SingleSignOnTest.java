package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.assessment.infrastructure.TestAccounts.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Single sign-on for the dashboard through an OpenID Connect provider (a stand-in that checks the client secret, the
 * code, the redirect URI and PKCE as a real one does), against the real database and broker: the provider says who
 * the officer is, and the officer account with that email address says what they may do. Someone with no matching
 * enabled account sees "you do not have access"; the API keeps HTTP Basic.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
@WithTestResource(StandInOidcProvider.class)
class SingleSignOnTest {

    /** Follows the code flow as a browser would: dashboard, provider, back with the code, then the page asked for. */
    private static Response signIn(String email, String path) {
        return signIn(email, path, new HashMap<>());
    }

    private static Response signIn(String email, String path, Map<String, String> cookies) {
        StandInOidcProvider.signInAs = email;
        Response toProvider = given().redirects().follow(false).get(path);
        assertThat(toProvider.statusCode()).as("sent to the provider").isEqualTo(302);
        String authorise = toProvider.header("Location");
        assertThat(authorise).startsWith("http://127.0.0.1:").contains("/idp/authorize", "code_challenge=",
                "client_id=" + StandInOidcProvider.CLIENT_ID);
        cookies.putAll(toProvider.cookies());
        Response fromProvider = given().urlEncodingEnabled(false).redirects().follow(false).get(authorise);
        assertThat(fromProvider.statusCode()).isEqualTo(302);
        String callback = fromProvider.header("Location");
        assertThat(callback).contains("/dashboard/sign-in/oidc?code=");
        Response signedIn = given().urlEncodingEnabled(false).cookies(cookies).redirects().follow(false).get(callback);
        assertThat(signedIn.statusCode()).as("the code exchanged: %s", StandInOidcProvider.REFUSED).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith(path);
        cookies.putAll(signedIn.cookies());
        return given().cookies(cookies).redirects().follow(false).get(path);
    }

    @Test
    void an_officer_signed_in_by_the_provider_works_as_the_account_with_their_email_address() {
        String name = "sso" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@Council.example";
        as("admin").body(Map.of("username", name, "roles", List.of("officer"), "password", "a long enough password",
                "email", email)).post("/api/accounts").then().statusCode(201);

        // The provider's address in another case is the same address.
        Response queue = signIn(email.toLowerCase(java.util.Locale.ROOT), "/dashboard");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.asString()).contains(name).doesNotContain("You do not have access to this");
        // The approver's pages need the approver role, which the account does not hold.
        assertThat(signIn(email, "/dashboard/statistics").statusCode()).isEqualTo(200);

        List<Map<String, Object>> audit = as("admin").queryParam("limit", 500).get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getList("entries");
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("SIGNED_IN");
            assertThat(e.get("subject")).isEqualTo(name);
            assertThat(e.get("detail")).isEqualTo("single sign-on");
        });

        // Signing out ends the session here: the same cookies no longer open the queue.
        Map<String, String> cookies = new HashMap<>();
        Response page = signIn(email, "/dashboard", cookies);
        cookies.putAll(page.cookies());
        String token = DashboardPages.token(page.asString());
        Response out = given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).post("/dashboard/sign-in/out");
        assertThat(out.statusCode()).isEqualTo(303);
        Map<String, String> after = new HashMap<>(cookies);
        out.detailedCookies().forEach(c -> {
            if (c.getMaxAge() == 0 || c.getValue() == null || c.getValue().isEmpty()) {
                after.remove(c.getName());
            } else {
                after.put(c.getName(), c.getValue());
            }
        });
        Response again = given().cookies(after).redirects().follow(false).get("/dashboard");
        assertThat(again.statusCode()).as("signed out: sent to the provider again").isEqualTo(302);
        assertThat(again.header("Location")).contains("/idp/authorize");

        // Disabled here, the provider's word is no longer enough.
        as("admin").body(Map.of("enabled", false)).patch("/api/accounts/" + name).then().statusCode(200);
        Response refused = signIn(email, "/dashboard");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("You do not have access to this");
    }

    @Test
    void someone_the_provider_knows_but_no_account_matches_has_no_access() {
        Response page = signIn("stranger-" + UUID.randomUUID() + "@elsewhere.example", "/dashboard");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.asString()).contains("You do not have access to this");
        assertThat(StandInOidcProvider.REFUSED).isEmpty();
    }

    @Test
    void the_api_keeps_http_basic_and_never_redirects_to_the_provider() {
        Response api = given().redirects().follow(false).get("/api/cases");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.contentType()).as(api.asString()).startsWith("application/problem+json");
        as("officer").get("/api/cases").then().statusCode(200);
        // A callback with a made-up code and no state cookie is refused, not signed in.
        Response forged = given().redirects().follow(false).get("/dashboard/sign-in/oidc?code=made-up&state=made-up");
        assertThat(forged.statusCode()).isIn(302, 401, 404);
        assertThat(forged.cookies().keySet()).noneMatch(name -> name.startsWith("q_session"));
    }
}
