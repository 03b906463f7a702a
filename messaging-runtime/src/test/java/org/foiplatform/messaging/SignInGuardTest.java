package org.foiplatform.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.messaging.http.SignInGuard;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Password guessing on HTTP Basic is slowed down: 5 failures for one account from one address lock it for 3 s. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = {
        @ResourceArg(name = "prefix", value = "messaging_test"), @ResourceArg(name = "proxy", value = "true") })
class SignInGuardTest {

    private static final String PATH = "/api/admin/dead-letters";

    private static int status(String account, String password) {
        return given().auth().preemptive().basic(account, password).get(PATH).statusCode();
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_from_that_address_until_the_failures_are_old() {
        // A right password clears the count: 4 wrong, 1 right (403: an officer is not an admin), 4 wrong: no lock.
        for (int i = 0; i < 4; i++) {
            assertThat(status("officer", "wrong-" + i)).isEqualTo(401);
        }
        assertThat(status("officer", "test-officer-pw")).isEqualTo(403);
        for (int i = 0; i < 4; i++) {
            assertThat(status("officer", "wrong-" + i)).isEqualTo(401);
        }
        assertThat(status("officer", "test-officer-pw")).isEqualTo(403);

        // Five in a row: the account is refused from this address, even with the right password.
        for (int i = 0; i < 5; i++) {
            assertThat(status("officer", "wrong-" + i)).isEqualTo(401);
        }
        given().auth().preemptive().basic("officer", "test-officer-pw").get(PATH).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-3]"))
                .body("title", equalTo("Too many failed sign-ins"));
        // Another account from the same address is not locked.
        assertThat(status("admin", "test-admin-pw")).isEqualTo(200);

        // Once the failures are older than the lockout, the right password works again.
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> status("officer", "test-officer-pw") == 403);
    }

    @Test
    void the_account_name_is_read_from_the_basic_header() {
        String header = "Basic " + java.util.Base64.getEncoder().encodeToString("jane:secret".getBytes());
        assertThat(SignInGuardAccess.account(header)).isEqualTo("jane");
        assertThat(SignInGuardAccess.account("Bearer abc")).isNull();
        assertThat(SignInGuardAccess.account(null)).isNull();
        assertThat(SignInGuardAccess.account("Basic !!!")).isEqualTo("(unreadable)");
    }

    /** Reaches the package-private parser. */
    static final class SignInGuardAccess {
        static String account(String header) {
            try {
                var method = SignInGuard.class.getDeclaredMethod("basicAccount", String.class);
                method.setAccessible(true);
                return (String) method.invoke(null, header);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
