package org.foiplatform.assessment.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.AccountStore;
import org.foiplatform.assessment.application.AssessmentConfig;
import org.foiplatform.assessment.application.AuditTrail;
import org.foiplatform.assessment.application.PasswordHashing;
import org.foiplatform.assessment.domain.Role;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Signs officers in against their accounts in the database (HTTP Basic, and the dashboard's sign-in form, whose
 * CSRF token and failures {@link FormSignInGuard} checks, and whose session {@link DashboardSessions} starts): the password checked against its bcrypt hash, a disabled account refused, and each sign-in and failed
 * sign-in on the audit trail with the name tried and the client's address. A name and password checked once are
 * remembered for a few minutes (keyed by a SHA-256 of name, password and stored hash, so a changed password or
 * account ends it), so that an API client sending HTTP Basic on every call does not pay for bcrypt every time.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(AccountIdentityProvider.class);
    private static final int MAX_REMEMBERED = 10_000;

    private final AccountStore accounts;
    private final PasswordHashing hashing;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration verifiedFor;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    /** Checked against when the account does not exist, so that an unknown name takes as long as a wrong password. */
    private final String decoy;
    private final FormSignInGuard formGuard;
    private final DashboardSessions sessions;

    public AccountIdentityProvider(AccountStore accounts, PasswordHashing hashing, AuditTrail audit, Clock clock,
            AssessmentConfig config, FormSignInGuard formGuard, DashboardSessions sessions) {
        this.formGuard = formGuard;
        this.sessions = sessions;
        this.accounts = accounts;
        this.hashing = hashing;
        this.audit = audit;
        this.clock = clock;
        this.verifiedFor = config.accounts().verifiedFor();
        this.decoy = hashing.hash("not a password anyone has " + java.util.UUID.randomUUID());
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String address = address(request);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        boolean form = formGuard.isFormSignIn(routing);
        String username = request.getUsername();
        return context.runBlocking(() -> {
            if (!form) {
                return signIn(username, new String(request.getPassword().getPassword()), address);
            }
            // The form: refused before the password is checked when forged or locked; every failure counted.
            if (formGuard.refused(routing, username, address)) {
                throw new AuthenticationFailedException();
            }
            try {
                SecurityIdentity identity = signIn(username, new String(request.getPassword().getPassword()), address);
                formGuard.succeeded(username, address);
                sessions.start(routing, username);
                return identity;
            } catch (AuthenticationFailedException e) {
                formGuard.failed(username, address);
                throw e;
            }
        });
    }

    private SecurityIdentity signIn(String username, String password, String address) {
        Optional<AccountStore.StoredAccount> found = accounts.find(username);
        if (found.isEmpty()) {
            hashing.matches(password, decoy);
            fail(username, "no such account", address);
        }
        AccountStore.StoredAccount account = found.get();
        String key = key(username, password, account.passwordHash());
        Instant now = clock.instant();
        Instant until = verified.get(key);
        boolean remembered = until != null && until.isAfter(now);
        if (!remembered) {
            if (!hashing.matches(password, account.passwordHash())) {
                fail(username, "wrong password", address);
            }
        }
        if (!account.enabled()) {
            verified.remove(key);
            fail(username, "account disabled", address);
        }
        if (!remembered) {
            remember(key, now);
            audit.record(username, "SIGNED_IN", username, null, address);
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username));
        account.roles().stream().map(Role::wireName).forEach(identity::addRole);
        return identity.build();
    }

    private void fail(String username, String why, String address) {
        audit.record(null, "SIGN_IN_FAILED", username, why, address);
        LOG.debugf("Sign-in as %s from %s refused: %s", username, address, why);
        throw new AuthenticationFailedException();
    }

    private void remember(String key, Instant now) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(until -> !until.isAfter(now));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(key, now.plus(verifiedFor));
    }

    private static String key(String username, String password, String hash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {username, password, hash}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String address(UsernamePasswordAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null || routing.request().remoteAddress() == null) {
            return null;
        }
        return routing.request().remoteAddress().host();
    }
}
