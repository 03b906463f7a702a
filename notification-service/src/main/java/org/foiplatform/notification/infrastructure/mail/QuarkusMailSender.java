package org.foiplatform.notification.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.notification.application.MailSender;
import org.foiplatform.notification.domain.Email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** Sends through the configured SMTP server with the blocking Quarkus mailer. */
@ApplicationScoped
public class QuarkusMailSender implements MailSender {

    private final Mailer mailer;

    public QuarkusMailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(Email email) {
        mailer.send(Mail.withHtml(email.to(), email.subject(), email.html())
                .setText(email.text())
                // The same id on a resend lets mail systems recognise it as the same message.
                .addHeader("Message-ID", "<" + email.messageId() + "@foi-platform>"));
    }
}
