package org.foiplatform.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OutgoingMessageTest {

    private OutgoingMessage acknowledgement() {
        return OutgoingMessage.acknowledgement("FOI-2026-000123", LocalDate.of(2026, 4, 14), LocalDate.of(2026, 5, 12),
                UUID.randomUUID(), UUID.randomUUID());
    }

    @Test
    void a_new_message_is_pending_and_names_the_reference_in_its_subject() {
        OutgoingMessage message = acknowledgement();
        assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(message.subject()).contains("FOI-2026-000123");
    }

    @Test
    void a_sent_message_cannot_be_sent_again() {
        OutgoingMessage message = acknowledgement();
        message.sent(Instant.EPOCH);
        assertThat(message.status()).isEqualTo(MessageStatus.SENT);
        assertThatThrownBy(() -> message.sent(Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_message_is_given_up_after_the_last_allowed_attempt() {
        OutgoingMessage message = acknowledgement();
        message.attemptFailed("connection refused", 2);
        assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
        message.attemptFailed("connection refused", 2);
        assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(message.attempts()).isEqualTo(2);
    }
}
