package org.foiplatform.intake.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How the requester wants the authority's reply: by email (the default) or by post. FOIA s.8(1)(b) asks for "an
 * address for correspondence"; an email address will do, and it stays required either way, because the
 * acknowledgement and the tracking link go there. A reply by post also needs a postal address.
 */
public enum ReplyBy {
    EMAIL,
    POST;

    /** The choice named (any case), EMAIL when nothing is named, or empty for a name that is neither. */
    public static Optional<ReplyBy> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(EMAIL);
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
