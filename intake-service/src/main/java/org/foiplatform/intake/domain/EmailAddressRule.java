package org.foiplatform.intake.domain;

/**
 * Whether an email address is one the authority can write to (FOIA s.8(1)(b): an address for correspondence). The
 * rule itself lives outside the domain (it parses with the mail library); the policy only asks it.
 */
@FunctionalInterface
public interface EmailAddressRule {

    /** True for a bare address the authority can send to; the value is already trimmed and in NFC. */
    boolean acceptable(String address);
}
