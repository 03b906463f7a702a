package org.foiplatform.assessment.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.AccountRules;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.Role;
import org.jboss.logging.Logger;

/**
 * An admin lists, adds and changes officer accounts; every change goes on the audit trail. Disabling an account, or
 * changing its roles or password, ends its dashboard sessions at once ({@link SessionStore}).
 */
@ApplicationScoped
public class ManageAccounts {

    private static final Logger LOG = Logger.getLogger(ManageAccounts.class);

    private final AccountStore accounts;
    private final PasswordHashing hashing;
    private final AuditTrail audit;
    private final Clock clock;
    private final SessionStore sessions;

    public ManageAccounts(AccountStore accounts, PasswordHashing hashing, AuditTrail audit, Clock clock,
            SessionStore sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.hashing = hashing;
        this.audit = audit;
        this.clock = clock;
    }

    /** An account without its hash, as an admin sees it. */
    public record Account(String username, Set<Role> roles, boolean enabled, java.time.Instant createdAt,
            String email) {
        static Account of(AccountStore.StoredAccount a) {
            return new Account(a.username(), a.roles(), a.enabled(), a.createdAt(), a.email());
        }
    }

    /** The work address of an account, if it has one: where it is told of a case given to it. */
    public java.util.Optional<String> emailOf(String username) {
        return username == null ? java.util.Optional.empty()
                : accounts.find(username).map(AccountStore.StoredAccount::email).filter(e -> !e.isBlank());
    }

    public List<Account> list() {
        return accounts.all().stream().map(Account::of).toList();
    }

    @Transactional
    public Account create(String username, Set<Role> roles, String password, String email, String admin,
            String address) {
        List<DecisionProblem> problems = new ArrayList<>(AccountRules.checkName(username));
        problems.addAll(AccountRules.checkPassword(password));
        problems.addAll(AccountRules.checkEmail(email));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The account could not be added", problems);
        }
        AccountStore.StoredAccount account = new AccountStore.StoredAccount(username, hashing.hash(password),
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), true, clock.instant(), blankToNull(email));
        if (!accounts.add(account)) {
            throw new InvalidInputException("The account could not be added", List.of(new DecisionProblem(
                    "username", "There is already an account called " + username)));
        }
        audit.record(admin, "ACCOUNT_ADDED", username, "roles " + names(account.roles()), address);
        LOG.infof("Account %s added by %s with roles %s", username, admin, names(account.roles()));
        return Account.of(account);
    }

    /** Changes what is given (roles, enabled, password); an admin may not lock themselves out. */
    @Transactional
    public Account change(String username, Set<Role> roles, Boolean enabled, String password, String email,
            String admin, String address) {
        AccountStore.StoredAccount current = accounts.find(username).orElseThrow(() -> new AccountNotFoundException(
                username));
        List<DecisionProblem> problems = new ArrayList<>();
        if (password != null) {
            problems.addAll(AccountRules.checkPassword(password));
        }
        problems.addAll(AccountRules.checkEmail(email));
        if (username.equals(admin) && roles != null && !roles.contains(Role.ADMIN)) {
            problems.add(new DecisionProblem("roles", "You cannot take the admin role from your own account"));
        }
        if (username.equals(admin) && Boolean.FALSE.equals(enabled)) {
            problems.add(new DecisionProblem("enabled", "You cannot disable your own account"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The account could not be changed", problems);
        }
        AccountStore.StoredAccount changed = new AccountStore.StoredAccount(username,
                password == null ? current.passwordHash() : hashing.hash(password),
                roles == null ? current.roles() : (roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles)),
                enabled == null ? current.enabled() : enabled, current.createdAt(),
                email == null ? current.email() : blankToNull(email));
        accounts.update(changed);
        List<String> what = new ArrayList<>();
        if (roles != null) {
            what.add("roles " + names(changed.roles()));
        }
        if (enabled != null) {
            what.add(enabled ? "enabled" : "disabled");
        }
        if (password != null) {
            what.add("password changed");
        }
        if (email != null) {
            what.add(email.isEmpty() ? "email address removed" : "email address set");
        }
        boolean rolesChanged = roles != null && !changed.roles().equals(current.roles());
        boolean disabled = current.enabled() && !changed.enabled();
        if (rolesChanged || disabled || password != null) {
            int ended = sessions.endAll(username);
            if (ended > 0) {
                what.add(ended == 1 ? "1 session ended" : ended + " sessions ended");
            }
        }
        audit.record(admin, "ACCOUNT_CHANGED", username, String.join("; ", what), address);
        LOG.infof("Account %s changed by %s: %s", username, admin, String.join("; ", what));
        return Account.of(changed);
    }

    /**
     * Adds an account named in configuration when it does not exist yet (the demo accounts ./foi up makes); never
     * changes one that exists, so that a password changed since is kept.
     */
    @Transactional
    public boolean seed(String username, Set<Role> roles, String password) {
        if (accounts.find(username).isPresent()) {
            return false;
        }
        List<DecisionProblem> problems = new ArrayList<>(AccountRules.checkName(username));
        problems.addAll(AccountRules.checkPassword(password));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The configured account " + username + " cannot be made: " + problems);
        }
        boolean added = accounts.add(new AccountStore.StoredAccount(username, hashing.hash(password),
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), true, clock.instant(), null));
        if (added) {
            audit.record(null, "ACCOUNT_ADDED", username, "from configuration; roles " + names(roles), null);
        }
        return added;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static String names(Set<Role> roles) {
        return roles.isEmpty() ? "none" : String.join(", ", roles.stream().sorted().map(Role::wireName).toList());
    }

    /** No account has this name. */
    public static class AccountNotFoundException extends RuntimeException {
        public AccountNotFoundException(String username) {
            super("No account " + username);
        }
    }
}
