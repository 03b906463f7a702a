package org.foiplatform.intake.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The law a request is made under, as the requester (or the portal) says. assessment-service runs the clock
 * of each; an officer can change it there.
 */
public enum Regime {
    /** Freedom of Information Act 2000: the default. */
    FOIA,
    /** Environmental Information Regulations 2004. */
    EIR,
    /** Freedom of Information (Scotland) Act 2002. */
    FOISA,
    /** Environmental Information (Scotland) Regulations 2004. */
    EIRS,
    /** A subject access request for the requester's own personal data (UK GDPR Art. 15). */
    SAR;

    /** The regime named (any case), FOIA when nothing is named, or empty for a name that is none of them. */
    public static Optional<Regime> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(FOIA);
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
