package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every endpoint the service describes in its OpenAPI document, except the public calculator and calendar, answers
 * 401 without credentials and 403 to an account that holds none of the roles; an endpoint added later is covered
 * without touching this test.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
class EndpointSecurityTest {

    /** What anyone may call: the public deadline calculator and the calendar it uses. */
    private static final Set<String> PUBLIC = Set.of("GET /api/calendar/deadline", "GET /calendar/deadline",
            "GET /api/calendar/bank-holidays");

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private List<String> operations() throws Exception {
        String json = given().accept(ContentType.JSON).get(management.getProtocol() + "://" + management.getHost()
                + ":" + management.getPort() + "/q/openapi?format=json").then().statusCode(200).extract().asString();
        JsonNode paths = new ObjectMapper().readTree(json).get("paths");
        List<String> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase(java.util.Locale.ROOT);
                if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    operations.add(method + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static Response call(io.restassured.specification.RequestSpecification spec, String operation) {
        String[] parts = operation.split(" ", 2);
        String path = parts[1].replaceAll("\\{[^}]+}", "FOI-2026-000001");
        return spec.contentType(ContentType.JSON).body("{}").request(parts[0], path);
    }

    @Test
    void every_officer_endpoint_refuses_no_credentials_with_401_and_an_account_without_the_role_with_403()
            throws Exception {
        List<String> operations = operations();
        assertThat(operations).as("the endpoints the OpenAPI document lists").contains(
                "POST /api/cases/{reference}/decision", "POST /api/cases/{reference}/approval", "GET /api/cases",
                "POST /api/accounts", "GET /api/audit", "POST /api/tokens", "GET /api/admin/dead-letters");
        List<String> checked = new ArrayList<>();
        for (String operation : operations) {
            if (PUBLIC.contains(operation)) {
                continue;
            }
            assertThat(call(given(), operation).statusCode()).as("%s without credentials", operation).isEqualTo(401);
            int roleless = call(given().auth().preemptive().basic("auditor", "test-auditor-pw"), operation)
                    .statusCode();
            if (operation.equals("POST /api/tokens")) {
                // Any signed-in account may take a token: it carries only the roles the account has (none here).
                // (This test gives no signing key, so it is 503 here: TokenApiTest covers the token itself.)
                assertThat(roleless).as(operation).isNotIn(401, 403);
            } else {
                assertThat(roleless).as("%s for an account without the role", operation).isEqualTo(403);
            }
            checked.add(operation);
        }
        assertThat(checked).hasSizeGreaterThan(15);
    }
}
