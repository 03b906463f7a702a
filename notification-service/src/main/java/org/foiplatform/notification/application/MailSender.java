package org.foiplatform.notification.application;

import org.foiplatform.notification.domain.Email;

/**
 * Hands an email to the SMTP server; returns once the server has accepted it, and otherwise throws
 * {@link MailFailure}, saying whether the failure may pass (try again later) or is permanent.
 */
public interface MailSender {

    void send(Email email);

    /** The server did not accept the email. {@code permanent}: it never will (5xx, an address it refuses). */
    final class MailFailure extends RuntimeException {

        private final boolean permanent;

        public MailFailure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
