package org.foiplatform.response.application;

import java.time.Instant;
import java.util.Optional;

import org.foiplatform.response.domain.Authority;

/** The profile an admin saved, if any: it replaces the configured one. */
public interface AuthorityProfileStore {

    Optional<Authority> saved();

    void save(Authority authority, String by, Instant at);
}
