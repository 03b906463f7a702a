package org.foiplatform.notification.infrastructure.mail;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.notification.application.MailSender;
import org.foiplatform.notification.application.NotificationConfig;
import org.foiplatform.notification.domain.Email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

/**
 * Sends through the configured SMTP server, waiting at most {@code foi.notification.send-timeout}: a server
 * that stalls makes the attempt fail (and be retried) instead of holding a sender.
 */
@ApplicationScoped
public class QuarkusMailSender implements MailSender {

    private final ReactiveMailer mailer;
    private final Duration timeout;

    public QuarkusMailSender(ReactiveMailer mailer, NotificationConfig config) {
        this.mailer = mailer;
        this.timeout = config.sendTimeout();
    }

    @Override
    public void send(Email email) {
        mailer.send(Mail.withHtml(email.to(), email.subject(), email.html())
                .setText(email.text())
                // The same id on a resend lets mail systems recognise it as the same message.
                .addHeader("Message-ID", "<" + email.messageId() + "@foi-platform>"))
                .await().atMost(timeout);
    }
}
