package org.foiplatform.assessment.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.foiplatform.localstack.testsupport.JwtKeys;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The token a signed-in officer takes to the other services: signed, short-lived, with the account's roles. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "assessment_test"))
@WithTestResource(JwtKeys.class)
class TokenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void a_signed_in_officer_gets_a_fifteen_minute_token_with_their_roles() throws Exception {
        var answer = given().auth().preemptive().basic("approver", "test-approver-pw").post("/api/tokens").then()
                .statusCode(200).extract().jsonPath();
        String token = answer.getString("token");
        assertThat(answer.getString("tokenType")).isEqualTo("Bearer");
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        Map<String, Object> claims = new ObjectMapper().readValue(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8), Map.class);
        assertThat(claims.get("upn")).isEqualTo("approver");
        assertThat(claims.get("iss")).isEqualTo(JwtKeys.ISSUER);
        assertThat((List<String>) claims.get("groups")).containsExactlyInAnyOrder("officer", "approver");
        long expires = ((Number) claims.get("exp")).longValue();
        assertThat(expires - Instant.now().getEpochSecond()).isBetween(14 * 60L, 15 * 60L);
        Map<String, Object> header = new ObjectMapper().readValue(
                new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8), Map.class);
        assertThat(header.get("alg")).isEqualTo("RS256");
        // Signed with the platform's private key: the public key the other services are given verifies it.
        String location = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("mp.jwt.verify.publickey.location", String.class);
        String pem = java.nio.file.Files.readString(java.nio.file.Path.of(java.net.URI.create(location)));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        var publicKey = java.security.KeyFactory.getInstance("RSA")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(der));
        var signature = java.security.Signature.getInstance("SHA256withRSA");
        signature.initVerify(publicKey);
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(signature.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void no_token_without_signing_in() {
        given().post("/api/tokens").then().statusCode(401);
        given().auth().preemptive().basic("officer", "wrong password").post("/api/tokens").then().statusCode(401);
    }
}
