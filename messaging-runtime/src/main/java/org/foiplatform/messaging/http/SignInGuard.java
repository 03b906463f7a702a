package org.foiplatform.messaging.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Slows down password guessing on every service's HTTP Basic sign-in: every failed sign-in is logged with the
 * account name and the client's address, and after {@code foi.sign-in.max-failures} failures for one account from
 * one address within {@code foi.sign-in.lockout}, that account is refused from that address (429 with
 * Retry-After, problem+json) until the oldest failure is older than the lockout, even with the right password.
 * Counting by account and address together stops one client guessing while a stranger cannot lock a real officer
 * out from elsewhere. A successful sign-in clears the count. Runs before authentication, on the HTTP routes.
 */
@ApplicationScoped
public class SignInGuard {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class);
    /** Before Quarkus's authentication, which runs as an ordinary route after the filters of higher priority. */
    private static final int PRIORITY = 5_000;
    /** The most (account, address) pairs remembered at once; beyond it, expired ones are dropped first. */
    private static final int MAX_TRACKED = 10_000;

    /** Settings ({@code foi.sign-in.*}). */
    @ConfigMapping(prefix = "foi.sign-in")
    public interface Config {
        /** Failed sign-ins for one account from one address before it is refused. */
        @WithDefault("10")
        int maxFailures();

        /** How long a failure counts. */
        @WithDefault("15m")
        Duration lockout();
    }

    private final Config config;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInGuard(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext context) {
        String account = basicAccount(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (account == null) {
            context.next();
            return;
        }
        String address = context.request().remoteAddress() == null ? "unknown"
                : context.request().remoteAddress().host();
        Duration wait = lockedFor(account, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
            context.response().setStatusCode(429).putHeader("Retry-After", String.valueOf(seconds))
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end("{\"type\":\"about:blank\",\"title\":\"Too many failed sign-ins\",\"status\":429,"
                            + "\"detail\":\"Too many wrong passwords for this account from your address. Try again in "
                            + seconds + " seconds.\"}");
            return;
        }
        context.addHeadersEndHandler(ended -> {
            int status = context.response().getStatusCode();
            if (status == 401) {
                failed(account, address);
            } else if (status < 400 || status == 403 || status == 404) {
                // Signed in (a 403 or 404 still means the password was right).
                succeeded(account, address);
            }
        });
        context.next();
    }

    /**
     * How long the account stays refused from this address (zero when it is not), the refusal logged: for every way
     * of signing in (HTTP Basic here, a service's sign-in form), which so share one count of failures.
     */
    public Duration lockedFor(String account, String address) {
        Duration wait = lockedFor(key(account, address), clock.instant());
        if (!wait.isZero()) {
            LOG.warnf("Sign-in refused for account '%s' from %s: %d failed sign-ins in %s", printable(account),
                    address, config.maxFailures(), words(config.lockout()));
        }
        return wait;
    }

    /** A wrong password: counted and logged with the account and the client's address. */
    public void failed(String account, String address) {
        int count = recordFailure(key(account, address), clock.instant());
        LOG.warnf("Failed sign-in for account '%s' from %s (%d in the last %s)", printable(account), address, count,
                words(config.lockout()));
    }

    /** A right password: the account's failures from this address are forgotten. */
    public void succeeded(String account, String address) {
        failures.remove(key(account, address));
    }

    private static String key(String account, String address) {
        return account + "\u0000" + address;
    }

    private Duration lockedFor(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < config.maxFailures()) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(config.lockout()));
        }
    }

    private int recordFailure(String key, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            while (times.size() > config.maxFailures()) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(config.lockout());
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    /** The account name of an HTTP Basic header, or null if it is not one. */
    static String basicAccount(String authorization) {
        if (authorization == null || authorization.length() < 6
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String account = colon < 0 ? decoded : decoded.substring(0, colon);
            return account.length() > 100 ? account.substring(0, 100) : account;
        } catch (IllegalArgumentException e) {
            return "(unreadable)";
        }
    }

    private static String words(Duration duration) {
        return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }

    /** The account name as it may go into a log line: no control characters (no forged lines). */
    private static String printable(String account) {
        return account.replaceAll("\\p{Cntrl}", "?");
    }
}
