package org.foiplatform.assessment.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.foiplatform.assessment.domain.Role;

/** Officer accounts, kept in assessment-service's own database with a bcrypt hash of each password. */
public interface AccountStore {

    /** An account as stored: never the password, only its hash. */
    record StoredAccount(String username, String passwordHash, Set<Role> roles, boolean enabled, Instant createdAt,
            String email) {
    }

    Optional<StoredAccount> find(String username);

    /** The accounts whose work address is {@code email}, compared without regard to case (for single sign-on). */
    List<StoredAccount> withEmail(String email);

    List<StoredAccount> all();

    /** Adds the account; false if one with this name exists. */
    boolean add(StoredAccount account);

    void update(StoredAccount account);
}
