package org.foiplatform.messaging.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * A wrong name or password sent with HTTP Basic is found before the REST layer (authentication is proactive), and
 * Quarkus would answer it with an empty 401. Here it gets the Basic challenge and a problem+json body, like every
 * other error of an API. Only requests that carried HTTP Basic credentials are answered so: a failed single sign-on,
 * a sign-in form or a bearer token keeps its own mechanism's answer. Authentication stays proactive on purpose:
 * {@link SignInGuard} counts a request with a Basic header that is answered without a 401 as a right password, so a
 * lazily checked header on a public endpoint would let a guesser clear the count. The realm is
 * {@code quarkus.http.auth.realm}, else {@code quarkus.security.users.embedded.realm-name}, else FOI.
 */
@ApplicationScoped
public class BasicSignInFailures {

    static final String BODY = "{\"type\":\"about:blank\",\"title\":\"Sign-in needed\",\"status\":401,"
            + "\"detail\":\"Sign in with HTTP Basic as an account allowed to use this API.\"}";

    private final String challenge;

    public BasicSignInFailures() {
        var config = ConfigProvider.getConfig();
        String realm = config.getOptionalValue("quarkus.http.auth.realm", String.class)
                .or(() -> config.getOptionalValue("quarkus.security.users.embedded.realm-name", String.class))
                .orElse("FOI");
        this.challenge = "Basic realm=\"" + realm + "\", charset=\"UTF-8\"";
    }

    /** The challenge sent with a 401: {@code Basic realm="FOI", charset="UTF-8"}. */
    public String challenge() {
        return challenge;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
            if (context.failure() instanceof AuthenticationFailedException && !context.response().headWritten()
                    && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                context.response().setStatusCode(401).putHeader("WWW-Authenticate", challenge)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json").end(BODY);
            } else {
                context.next();
            }
        });
    }
}
