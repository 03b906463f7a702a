package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Officer accounts in the service's own database: bcrypt hashes, roles, an admin managing them, and the audit
 * trail of sign-ins (with the client's address), failed sign-ins and account changes.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class AccountsApiTest {

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "test-admin-pw").contentType(ContentType.JSON);
    }

    private static String newName() {
        return "officer-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private String storedHash(String username) throws Exception {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement("select password_hash from officer_account where username = ?")) {
            s.setString(1, username);
            try (var r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    @Test
    void an_admin_adds_an_account_whose_password_is_kept_only_as_a_bcrypt_hash_and_who_then_works_cases() throws Exception {
        String name = newName();
        admin().body(Map.of("username", name, "roles", List.of("officer"), "password", "a long enough password"))
                .post("/api/accounts").then().statusCode(201)
                .body("username", equalTo(name)).body("roles", equalTo(List.of("officer")))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")));
        assertThat(storedHash(name)).startsWith("$2a$").doesNotContain("a long enough password");

        given().auth().preemptive().basic(name, "a long enough password").get("/api/cases/FOI-1999-000001").then()
                .statusCode(404);
        given().auth().preemptive().basic(name, "a long enough password").get("/api/accounts").then().statusCode(403);
        admin().get("/api/accounts").then().statusCode(200).body("username", hasItem(name))
                .body("find { it.username == '" + name + "' }.passwordHash", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void a_disabled_account_and_a_wrong_password_cannot_sign_in_and_a_changed_password_takes_effect() {
        String name = newName();
        admin().body(Map.of("username", name, "roles", List.of("officer"), "password", "the first password"))
                .post("/api/accounts").then().statusCode(201);
        given().auth().preemptive().basic(name, "the first password").get("/api/cases/FOI-1999-000001").then()
                .statusCode(404);

        admin().body(Map.of("password", "the second password")).patch("/api/accounts/" + name).then()
                .statusCode(200);
        given().auth().preemptive().basic(name, "the first password").get("/api/cases/FOI-1999-000001").then()
                .statusCode(401);
        given().auth().preemptive().basic(name, "the second password").get("/api/cases/FOI-1999-000001").then()
                .statusCode(404);

        admin().body(Map.of("enabled", false)).patch("/api/accounts/" + name).then().statusCode(200)
                .body("enabled", equalTo(false));
        given().auth().preemptive().basic(name, "the second password").get("/api/cases/FOI-1999-000001").then()
                .statusCode(401);
        admin().body(Map.of("roles", List.of("officer", "approver"), "enabled", true)).patch("/api/accounts/" + name)
                .then().statusCode(200).body("roles", equalTo(List.of("officer", "approver")));
        given().auth().preemptive().basic(name, "the second password").get("/api/cases/FOI-1999-000001").then()
                .statusCode(404);
    }

    @Test
    void bad_input_names_the_field_and_stores_nothing() throws Exception {
        String name = newName();
        admin().body(Map.of("username", name, "roles", List.of("officer"), "password", "short"))
                .post("/api/accounts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("password"));
        admin().body(Map.of("username", "Not A Name", "roles", List.of("officer"), "password", "long enough pass"))
                .post("/api/accounts").then().statusCode(400).body("errors.field", hasItem("username"));
        admin().body(Map.of("username", name, "roles", List.of("superuser"), "password", "long enough pass"))
                .post("/api/accounts").then().statusCode(400).body("errors.field", hasItem("roles[0]"));
        assertThat(storedHash(name)).isNull();
        admin().body(Map.of("username", "officer", "roles", List.of("officer"), "password", "long enough pass"))
                .post("/api/accounts").then().statusCode(400).body("errors.field", hasItem("username"));
        // An admin cannot lock themselves out.
        admin().body(Map.of("enabled", false)).patch("/api/accounts/admin").then().statusCode(400)
                .body("errors.field", hasItem("enabled"));
        admin().body(Map.of("roles", List.of("officer"))).patch("/api/accounts/admin").then().statusCode(400)
                .body("errors.field", hasItem("roles"));
        admin().body(Map.of("enabled", false)).patch("/api/accounts/nobody-here").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void only_an_admin_manages_accounts_or_reads_the_audit_trail() {
        given().get("/api/accounts").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic realm="));
        given().auth().preemptive().basic("no-such-account", "a wrong password").get("/api/accounts").then().statusCode(401)
                .contentType("application/problem+json").body("title", equalTo("Sign-in needed"));
        given().auth().preemptive().basic("officer", "test-officer-pw").get("/api/accounts").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().preemptive().basic("officer", "test-officer-pw").get("/api/accounts").then().statusCode(403);
        given().auth().preemptive().basic("approver", "test-approver-pw").contentType(ContentType.JSON)
                .body(Map.of("username", newName(), "roles", List.of("admin"), "password", "long enough pass"))
                .post("/api/accounts").then().statusCode(403);
        given().auth().preemptive().basic("officer", "test-officer-pw").get("/api/audit").then().statusCode(403);
    }

    @Test
    void sign_ins_failed_sign_ins_and_account_changes_are_on_the_audit_trail_with_the_clients_address() {
        String name = newName();
        admin().header("X-Forwarded-For", "203.0.113.7")
                .body(Map.of("username", name, "roles", List.of("officer"), "password", "a long enough password"))
                .post("/api/accounts").then().statusCode(201);
        given().header("X-Forwarded-For", "203.0.113.8").auth().preemptive().basic(name, "not the password")
                .get("/api/cases/FOI-1999-000001").then().statusCode(401);
        given().header("X-Forwarded-For", "203.0.113.9").auth().preemptive().basic(name, "a long enough password")
                .get("/api/cases/FOI-1999-000001").then().statusCode(404);

        // Read the whole trail page by page (keyset paging) and find this account's entries.
        List<Map<String, Object>> entries = new java.util.ArrayList<>();
        Long after = 0L;
        while (after != null) {
            var page = admin().queryParam("after", after).queryParam("limit", 50).get("/api/audit").then()
                    .statusCode(200).extract().jsonPath();
            entries.addAll(page.getList("entries"));
            after = page.getObject("next", Long.class);
        }
        List<Map<String, Object>> mine = entries.stream().filter(e -> name.equals(e.get("subject"))).toList();
        assertThat(mine).extracting(e -> e.get("action"), e -> e.get("address")).containsSubsequence(
                org.assertj.core.groups.Tuple.tuple("ACCOUNT_ADDED", "203.0.113.7"),
                org.assertj.core.groups.Tuple.tuple("SIGN_IN_FAILED", "203.0.113.8"),
                org.assertj.core.groups.Tuple.tuple("SIGNED_IN", "203.0.113.9"));
        assertThat(mine).filteredOn(e -> "SIGN_IN_FAILED".equals(e.get("action"))).singleElement()
                .satisfies(e -> assertThat(e.get("detail")).isEqualTo("wrong password"));
        admin().queryParam("limit", 0).get("/api/audit").then().statusCode(400).body("errors.field", hasItem("limit"));
    }
}
