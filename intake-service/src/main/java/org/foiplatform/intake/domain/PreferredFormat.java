package org.foiplatform.intake.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * FOIA s.11(1): the means of communication the requester prefers, which the authority must follow so far as is
 * reasonably practicable.
 */
public enum PreferredFormat {
    /** s.11(1)(a): a copy in permanent form (here, electronic). */
    ELECTRONIC,
    /** s.11(1)(a): a copy in permanent form on paper. */
    PAPER,
    /** s.11(1)(b): a reasonable opportunity to inspect a record containing the information. */
    INSPECTION;

    /** The format named (any case), empty for nothing named; {@code null} inside means not one of them. */
    public static Optional<PreferredFormat> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
