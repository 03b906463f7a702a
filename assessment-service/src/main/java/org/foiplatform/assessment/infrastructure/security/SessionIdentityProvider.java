package org.foiplatform.assessment.infrastructure.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.AccountStore;
import org.foiplatform.assessment.domain.Role;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The dashboard's session cookie names an officer who signed in with their password: each page looks the account up
 * again and needs the session to be live on the server ({@link DashboardSessions}), so that signing out, disabling
 * the account or changing its roles or password refuses the cookie at once.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final AccountStore accounts;
    private final DashboardSessions sessions;

    public SessionIdentityProvider(AccountStore accounts, DashboardSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> {
            Optional<AccountStore.StoredAccount> found = accounts.find(request.getPrincipal());
            if (found.isEmpty() || !found.get().enabled() || !sessions.live(routing, request.getPrincipal())) {
                throw new AuthenticationFailedException();
            }
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(request.getPrincipal()));
            found.get().roles().stream().map(Role::wireName).forEach(identity::addRole);
            return identity.build();
        });
    }
}
