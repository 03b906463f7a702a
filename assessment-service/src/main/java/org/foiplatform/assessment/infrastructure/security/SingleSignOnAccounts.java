package org.foiplatform.assessment.infrastructure.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.foiplatform.assessment.application.AccountStore;
import org.foiplatform.assessment.application.AssessmentConfig;
import org.foiplatform.assessment.application.AuditTrail;
import org.foiplatform.assessment.domain.Role;
import org.jboss.logging.Logger;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Single sign-on: an officer who signed in through the council's OpenID Connect provider (Entra ID, Google...) is the
 * officer account with the same work email address, under that account's name and with that account's roles. The
 * provider says who someone is; this service alone says what they may do, so an admin still grants roles here, and
 * disabling the account shuts them out at once. Someone the provider knows but no enabled account matches (or two
 * accounts share the address) is signed in with no role and sees the "you do not have access" page. Identities from
 * passwords (HTTP Basic, the sign-in form) are left as they are.
 */
@ApplicationScoped
public class SingleSignOnAccounts implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(SingleSignOnAccounts.class);
    /** The identity's attribute holding the email address the provider vouched for. */
    static final String EMAIL_ATTRIBUTE = "foi.single-sign-on.email";

    private final AccountStore accounts;
    private final AuditTrail audit;
    private final String emailClaim;

    public SingleSignOnAccounts(AccountStore accounts, AuditTrail audit, AssessmentConfig config) {
        this.accounts = accounts;
        this.audit = audit;
        this.emailClaim = config.singleSignOn().emailClaim();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> asAccount(identity));
    }

    private SecurityIdentity asAccount(SecurityIdentity identity) {
        Optional<String> email = email(identity);
        Optional<AccountStore.StoredAccount> account = email.flatMap(this::account);
        // Whatever roles or groups the provider sent are dropped: the account's roles are the only ones.
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder().setAnonymous(false)
                .addCredentials(identity.getCredentials()).addAttributes(identity.getAttributes());
        email.ifPresent(address -> builder.addAttribute(EMAIL_ATTRIBUTE, address));
        if (account.isPresent()) {
            builder.setPrincipal(new QuarkusPrincipal(account.get().username()));
            account.get().roles().stream().map(Role::wireName).forEach(builder::addRole);
        } else {
            // No role: every page answers "you do not have access", naming the address so that an admin can add it.
            builder.setPrincipal(new QuarkusPrincipal(email.orElse(identity.getPrincipal().getName())));
        }
        return builder.build();
    }

    private Optional<String> email(SecurityIdentity identity) {
        if (identity.getAttribute(EMAIL_ATTRIBUTE) instanceof String address) {
            return Optional.of(address);
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(emailClaim);
            if (claim != null && !claim.toString().isBlank()) {
                return Optional.of(claim.toString().strip());
            }
        }
        return Optional.empty();
    }

    private Optional<AccountStore.StoredAccount> account(String email) {
        List<AccountStore.StoredAccount> found = accounts.withEmail(email);
        if (found.size() != 1 || !found.get(0).enabled()) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** Every sign-in through the provider goes on the audit trail, and one that matches no account is logged. */
    void signedIn(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGIN) {
            return;
        }
        SecurityIdentity identity = event.getSecurityIdentity();
        Optional<String> email = email(identity);
        Optional<AccountStore.StoredAccount> account = email.flatMap(this::account);
        if (account.isPresent()) {
            audit.record(account.get().username(), "SIGNED_IN", account.get().username(), "single sign-on", null);
        } else {
            LOG.warnf("Single sign-on by %s, which matches no enabled account: signed in with no role",
                    email.orElse("someone without an email claim"));
            audit.record(email.orElse("unknown"), "SIGN_IN_REFUSED", null, "single sign-on: no enabled account has "
                    + "this email address", null);
        }
    }
}
