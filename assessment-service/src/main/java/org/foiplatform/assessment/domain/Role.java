package org.foiplatform.assessment.domain;

import java.util.Locale;
import java.util.Optional;

/** What an officer account may do. An account may hold several roles, or none (it may sign in, nothing more). */
public enum Role {
    /** Works cases: reads them, drafts decisions, runs the clock. */
    OFFICER,
    /** Approves or returns another officer's draft decision (four eyes). */
    APPROVER,
    /** Manages accounts, imports the bank-holiday calendar, replays dead letters. */
    ADMIN;

    /** The name used in security checks and on the wire: {@code officer}, {@code approver}, {@code admin}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> named(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
