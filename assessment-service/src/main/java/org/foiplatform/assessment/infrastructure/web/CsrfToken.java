package org.foiplatform.assessment.infrastructure.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF token of the dashboard's forms ({@code {inject:csrf.token}} in the templates): a random value kept in a
 * cookie ({@code HttpOnly}, {@code SameSite=Strict}, path {@code /dashboard}) and repeated in a hidden field of every
 * form, which {@link DashboardCsrf} compares (the double-submit cookie). Made here rather than by quarkus-rest-csrf,
 * whose check applies to every endpoint and would refuse form-encoded calls to the API.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "foi-csrf";
    public static final String FIELD = "csrf-token";
    static final String CURRENT = "foi.csrf.token";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoutingContext routing;

    public CsrfToken(RoutingContext routing) {
        this.routing = routing;
    }

    public String getParameterName() {
        return FIELD;
    }

    /** The token of this browser, made (and its cookie set) on the first page that needs one. */
    public String getToken() {
        String token = routing.get(CURRENT);
        if (token != null) {
            return token;
        }
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie != null && WELL_FORMED.matcher(cookie.getValue()).matches()) {
            token = cookie.getValue();
        } else {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            routing.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/dashboard").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL()));
        }
        routing.put(CURRENT, token);
        return token;
    }
}
