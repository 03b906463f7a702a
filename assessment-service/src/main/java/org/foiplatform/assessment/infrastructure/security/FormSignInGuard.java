package org.foiplatform.assessment.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foiplatform.messaging.http.SignInGuard;
import org.jboss.logging.Logger;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The dashboard's sign-in form, checked where its name and password are read (the identity provider): the form's
 * CSRF token must match its cookie (a sign-in forged from another site is refused), and password guessing is slowed
 * by the runtime's {@link SignInGuard} itself, which slows it for HTTP Basic: one count of failures for both ways in, the
 * same log lines: after {@code max-failures} failures for one account from one address within {@code lockout}, that
 * account is refused from that address, even with the right password, until the oldest failure is old. The form
 * mechanism answers a refusal with a redirect to its error page; a refused CSRF token or a locked account is sent to a
 * page of its own that says so.
 */
@ApplicationScoped
public class FormSignInGuard {

    private static final Logger LOG = Logger.getLogger(FormSignInGuard.class);
    public static final String LOCKED_PAGE = "/dashboard/sign-in/locked";
    public static final String EXPIRED_PAGE = "/dashboard/sign-in/expired";

    private final SignInGuard guard;
    private final String postLocation;

    public FormSignInGuard(SignInGuard guard,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location") String postLocation) {
        this.guard = guard;
        this.postLocation = postLocation;
    }

    /** A sign-in by the dashboard's form (not HTTP Basic). */
    boolean isFormSignIn(RoutingContext routing) {
        return routing != null && routing.request().method() == HttpMethod.POST
                && routing.normalizedPath().endsWith(postLocation)
                && routing.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    /** Refuses (with the reason logged) a forged form or a locked account; otherwise nothing. */
    boolean refused(RoutingContext routing, String account, String address) {
        if (!csrfMatches(routing)) {
            LOG.warnf("Sign-in form for account '%s' from %s refused: its CSRF token does not match its cookie",
                    printable(account), address);
            sendTo(routing, EXPIRED_PAGE);
            return true;
        }
        if (!guard.lockedFor(account, address).isZero()) {
            sendTo(routing, LOCKED_PAGE);
            return true;
        }
        return false;
    }

    void failed(String account, String address) {
        guard.failed(account, address);
    }

    void succeeded(String account, String address) {
        guard.succeeded(account, address);
    }

    private boolean csrfMatches(RoutingContext routing) {
        // The dashboard's double-submit token (infrastructure.web.CsrfToken: cookie foi-csrf, field csrf-token).
        String sent = routing.request().getFormAttribute("csrf-token");
        Cookie cookie = routing.request().getCookie("foi-csrf");
        if (sent == null || sent.isBlank() || cookie == null || cookie.getValue().isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    /** The form mechanism redirects a refused sign-in to its error page: this one goes to {@code page} instead. */
    private static void sendTo(RoutingContext routing, String page) {
        routing.addHeadersEndHandler(ended -> {
            int status = routing.response().getStatusCode();
            if (status >= 300 && status < 400) {
                routing.response().headers().set(HttpHeaders.LOCATION, page);
            }
        });
    }

    private static String printable(String account) {
        String name = account == null ? "" : account.length() > 100 ? account.substring(0, 100) : account;
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
