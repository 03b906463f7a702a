package org.foiplatform.notification.infrastructure.mail;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.notification.application.MailSender;
import org.foiplatform.notification.application.NotificationConfig;
import org.foiplatform.notification.domain.Email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.ext.mail.SMTPException;

/**
 * Sends through the configured SMTP server (host, port, TLS mode, credentials and sender are
 * {@code quarkus.mailer.*}), waiting at most {@code foi.notification.send-timeout}: a server that stalls makes
 * the attempt fail and be retried instead of holding a sender. A 5xx reply, or an address the mailer will not
 * take, is a permanent failure; anything else (no connection, a timeout, a 4xx reply) may pass.
 */
@ApplicationScoped
public class QuarkusMailSender implements MailSender {

    private final ReactiveMailer mailer;
    private final Duration timeout;
    private final String replyTo;

    public QuarkusMailSender(ReactiveMailer mailer, NotificationConfig config) {
        this.mailer = mailer;
        this.timeout = config.sendTimeout();
        this.replyTo = config.sender().replyTo();
    }

    @Override
    public void send(Email email) {
        Mail mail = Mail.withHtml(email.to(), email.subject(), email.html())
                .setText(email.text())
                .setReplyTo(replyTo)
                // The same id on a resend lets mail systems recognise it as the same message.
                .addHeader("Message-ID", email.messageId());
        for (Email.Attachment attachment : email.attachments()) {
            mail.addAttachment(attachment.name(), attachment.content(), attachment.contentType());
        }
        if (email.threadId() != null) {
            mail.addHeader("In-Reply-To", email.threadId()).addHeader("References", email.threadId());
        }
        try {
            mailer.send(mail).await().atMost(timeout);
        } catch (RuntimeException e) {
            throw classify(e);
        }
    }

    static MailFailure classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return new MailFailure(smtp.getMessage(), smtp.isPermanent(), failure);
            }
            if (t instanceof IllegalArgumentException invalid) {
                // Vert.x refuses an address it cannot parse before it talks to the server.
                return new MailFailure("The address was refused: " + invalid.getMessage(), true, failure);
            }
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new MailFailure(message, false, failure);
    }
}
