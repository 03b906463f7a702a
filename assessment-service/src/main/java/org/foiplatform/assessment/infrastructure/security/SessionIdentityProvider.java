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
import io.smallrye.mutiny.Uni;

/**
 * The dashboard's session cookie names an officer who signed in with their password: each page looks the account up
 * again, so that a disabled account is signed out at once and a change of roles applies to the next page.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final AccountStore accounts;

    public SessionIdentityProvider(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Optional<AccountStore.StoredAccount> found = accounts.find(request.getPrincipal());
            if (found.isEmpty() || !found.get().enabled()) {
                throw new AuthenticationFailedException();
            }
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(request.getPrincipal()));
            found.get().roles().stream().map(Role::wireName).forEach(identity::addRole);
            return identity.build();
        });
    }
}
