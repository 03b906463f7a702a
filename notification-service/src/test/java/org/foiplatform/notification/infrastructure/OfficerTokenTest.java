package org.foiplatform.notification.infrastructure;

import static io.restassured.RestAssured.given;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Set;

import org.foiplatform.localstack.testsupport.JwtKeys;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/**
 * One sign-in for every service: the delivery log takes the token assessment-service signs (here signed with the
 * same test key pair), and refuses one signed by another key, an expired one, one from another issuer and one
 * without the officer role.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "notification_test"))
@WithTestResource(JwtKeys.class)
class OfficerTokenTest {

    private static String token(String upn, Set<String> groups, Instant expires) {
        return Jwt.issuer(JwtKeys.ISSUER).upn(upn).groups(groups).expiresAt(expires).sign();
    }

    @Test
    void an_officers_token_from_assessment_opens_the_delivery_log() {
        given().auth().oauth2(token("officer", Set.of("officer"), Instant.now().plusSeconds(900)))
                .queryParam("reference", "FOI-2026-000123").get("/api/notifications").then().statusCode(200);
    }

    @Test
    void a_token_that_is_forged_expired_foreign_or_without_the_role_is_refused() throws Exception {
        var other = KeyPairGenerator.getInstance("RSA");
        other.initialize(2048);
        String forged = Jwt.issuer(JwtKeys.ISSUER).upn("officer").groups(Set.of("officer"))
                .expiresAt(Instant.now().plusSeconds(900)).sign(other.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).queryParam("reference", "FOI-2026-000123").get("/api/notifications").then()
                .statusCode(401);
        given().auth().oauth2(token("officer", Set.of("officer"), Instant.now().minusSeconds(600)))
                .queryParam("reference", "FOI-2026-000123").get("/api/notifications").then().statusCode(401);
        String foreign = Jwt.issuer("someone-else").upn("officer").groups(Set.of("officer"))
                .expiresAt(Instant.now().plusSeconds(900)).sign();
        given().auth().oauth2(foreign).queryParam("reference", "FOI-2026-000123").get("/api/notifications").then()
                .statusCode(401);
        given().auth().oauth2(token("auditor", Set.of("auditor"), Instant.now().plusSeconds(900)))
                .queryParam("reference", "FOI-2026-000123").get("/api/notifications").then().statusCode(403);
        given().auth().oauth2(token("admin", Set.of("admin"), Instant.now().plusSeconds(900)))
                .get("/api/admin/dead-letters").then().statusCode(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(401), org.hamcrest.Matchers.is(403))));
    }
}
