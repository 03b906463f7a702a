package org.foiplatform.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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

    private static final Instant NOON = Instant.parse("2026-04-14T12:00:00Z");

    @Test
    void a_message_is_given_up_after_the_last_allowed_attempt() {
        OutgoingMessage message = acknowledgement();
        message.attemptFailed("connection refused", NOON, 2, Duration.ofSeconds(5), Duration.ofMinutes(30));
        assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
        message.attemptFailed("connection refused", NOON, 2, Duration.ofSeconds(5), Duration.ofMinutes(30));
        assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(message.attempts()).isEqualTo(2);
    }

    @Test
    void each_failed_attempt_doubles_the_pause_up_to_the_longest() {
        OutgoingMessage message = acknowledgement();
        Duration first = Duration.ofSeconds(5);
        Duration longest = Duration.ofSeconds(30);

        message.attemptFailed("down", NOON, 10, first, longest);
        assertThat(message.nextAttemptAt()).isEqualTo(NOON.plusSeconds(5));
        message.attemptFailed("down", NOON, 10, first, longest);
        assertThat(message.nextAttemptAt()).isEqualTo(NOON.plusSeconds(10));
        message.attemptFailed("down", NOON, 10, first, longest);
        assertThat(message.nextAttemptAt()).isEqualTo(NOON.plusSeconds(20));
        message.attemptFailed("down", NOON, 10, first, longest);
        assertThat(message.nextAttemptAt()).isEqualTo(NOON.plusSeconds(30));
    }
}
