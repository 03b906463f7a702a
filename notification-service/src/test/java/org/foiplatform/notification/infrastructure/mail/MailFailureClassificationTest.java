package org.foiplatform.notification.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.foiplatform.notification.application.MailSender.MailFailure;
import org.junit.jupiter.api.Test;

import io.vertx.ext.mail.SMTPException;

/** Which failures of the mail server may pass (tried again) and which are for good (given up at once). */
class MailFailureClassificationTest {

    @Test
    void a_5xx_reply_is_permanent_and_keeps_the_servers_words() {
        MailFailure failure = QuarkusMailSender.classify(new CompletionException(
                new SMTPException("550 5.1.1 Mailbox unavailable", 550, List.of("5.1.1 Mailbox unavailable"), true)));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.getMessage()).contains("550");
    }

    @Test
    void a_4xx_reply_may_pass() {
        assertThat(QuarkusMailSender.classify(new CompletionException(
                new SMTPException("421 try again later", 421, List.of("try again later"), false))).permanent()).isFalse();
    }

    @Test
    void no_connection_or_a_timeout_may_pass() {
        assertThat(QuarkusMailSender.classify(new CompletionException(new ConnectException("Connection refused")))
                .permanent()).isFalse();
        assertThat(QuarkusMailSender.classify(new io.smallrye.mutiny.TimeoutException()).permanent()).isFalse();
    }

    @Test
    void an_address_the_mailer_cannot_take_is_permanent() {
        assertThat(QuarkusMailSender.classify(new IllegalArgumentException("invalid email address")).permanent())
                .isTrue();
    }
}
