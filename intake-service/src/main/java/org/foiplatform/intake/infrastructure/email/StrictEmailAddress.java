package org.foiplatform.intake.infrastructure.email;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.foiplatform.intake.domain.EmailAddressRule;

/**
 * A bare address the authority can write to: Jakarta Mail's strict RFC 822 parse ({@code InternetAddress(address,
 * true)}), and besides: nothing but the address (no display name such as {@code Jane <jane@example.org>}, no comment,
 * no group), a domain name with a dot in it (not {@code jane@localhost}, not an address literal such as
 * {@code jane@[192.0.2.1]}) and no empty label, a local part of at most 64 characters (RFC 5321 s.4.5.3.1.1). The
 * whole is at most 254 characters, which the policy checks.
 */
@ApplicationScoped
public class StrictEmailAddress implements EmailAddressRule {

    private static final int MAX_LOCAL_PART = 64;

    @Override
    public boolean acceptable(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(address, true);
        } catch (AddressException e) {
            return false;
        }
        if (parsed.getPersonal() != null || parsed.isGroup() || !address.equals(parsed.getAddress())) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at < 1 || at > MAX_LOCAL_PART) {
            return false;
        }
        String domain = address.substring(at + 1);
        return domain.indexOf('.') > 0 && !domain.endsWith(".") && !domain.contains("..") && !domain.startsWith("[")
                && domain.chars().noneMatch(Character::isWhitespace);
    }
}
