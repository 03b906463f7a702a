package org.foiplatform.assessment.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foiplatform.assessment.application.SessionStore;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The server's half of a dashboard session. Quarkus's encrypted session cookie names the officer but cannot be taken
 * back; so a form sign-in also gives the browser a second cookie, {@value #COOKIE} (a random value, {@code HttpOnly},
 * {@code SameSite=Strict}, path {@code /dashboard}), whose hash is a row of {@link SessionStore}. A page is served only
 * while that row is live: signing out ends it, and disabling an account or changing its roles or password ends all of
 * the account's ({@code ManageAccounts}), so a copy of the cookies taken before is refused at once.
 */
@ApplicationScoped
public class DashboardSessions {

    public static final String COOKIE = "foi-dashboard-sid";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionStore store;
    private final Clock clock;
    private final Duration idle;

    public DashboardSessions(SessionStore store, Clock clock,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration idle) {
        this.store = store;
        this.clock = clock;
        this.idle = idle;
    }

    /** Starts a session for an officer who has just signed in by form, and gives the browser its cookie. */
    public void start(RoutingContext routing, String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.forgetIdle(clock.instant().minus(idle));
        store.start(hash(token), username, clock.instant());
        routing.response().addCookie(cookie(routing, token));
    }

    /** Whether this request carries a live session of this account. */
    public boolean live(RoutingContext routing, String username) {
        String token = token(routing);
        return token != null && store.live(hash(token), username, clock.instant(), idle);
    }

    /** Ends this request's session (signing out) and removes its cookie. */
    public void end(RoutingContext routing) {
        String token = token(routing);
        if (token != null) {
            store.end(hash(token));
        }
        routing.response().addCookie(cookie(routing, "").setMaxAge(0));
    }

    private static String token(RoutingContext routing) {
        Cookie cookie = routing == null ? null : routing.request().getCookie(COOKIE);
        return cookie == null || !WELL_FORMED.matcher(cookie.getValue()).matches() ? null : cookie.getValue();
    }

    private static Cookie cookie(RoutingContext routing, String value) {
        return Cookie.cookie(COOKIE, value).setPath("/dashboard").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(routing.request().isSSL());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
