package org.foiplatform.intake.infrastructure.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * A wrong password for the admin API (HTTP Basic) is found before the REST layer (authentication is proactive), and
 * Quarkus would answer it with an empty 401. Here it gets the challenge and a problem+json body, like every other
 * error of the API. Authentication stays proactive on purpose: the messaging runtime's SignInGuard counts a
 * request with a Basic header that is answered without a 401 as a right password, so a lazily checked header on a
 * public endpoint would let a guesser clear the count.
 */
@ApplicationScoped
public class AuthenticationFailures {

    private final String challenge;

    public AuthenticationFailures(@ConfigProperty(name = "quarkus.security.users.embedded.realm-name",
            defaultValue = "Quarkus") String realm) {
        this.challenge = "Basic realm=\"" + realm + "\", charset=\"UTF-8\"";
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException && !context.response().headWritten()) {
                context.response().setStatusCode(401).putHeader("WWW-Authenticate", challenge)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .end("{\"type\":\"about:blank\",\"title\":\"Sign-in needed\",\"status\":401,"
                                + "\"detail\":\"Sign in with HTTP Basic as an account allowed to use this API.\"}");
            } else {
                context.next();
            }
        });
    }
}
