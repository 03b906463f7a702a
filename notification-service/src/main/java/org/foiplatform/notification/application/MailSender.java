package org.foiplatform.notification.application;

import org.foiplatform.notification.domain.Email;

/** Hands an email to the SMTP server; returns once the server has accepted it, throws if it has not. */
public interface MailSender {
    void send(Email email);
}
