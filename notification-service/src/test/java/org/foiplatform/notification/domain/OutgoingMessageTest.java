package org.foiplatform.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OutgoingMessageTest {

    private static final Instant RECORDED = Instant.parse("2026-04-14T09:30:00Z");
    private static final Instant GIVE_UP = RECORDED.plus(Duration.ofHours(24));
    /** No jitter, so that the pauses are exact. */
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), 0);

    private static OutgoingMessage acknowledgement() {
        return OutgoingMessage.pending("FOI-2026-000123", "acknowledgement",
                Map.of("regime", "FOIA", "dueDate", "2026-05-13"), "event-1/requester/acknowledgement", RECORDED,
                GIVE_UP, UUID.randomUUID(), UUID.randomUUID());
    }

    @Test
    void a_new_message_is_pending_and_may_be_tried_at_once() {
        OutgoingMessage message = acknowledgement();

        assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(message.nextAttemptAt()).isEqualTo(RECORDED);
        assertThat(message.attempts()).isZero();
        assertThat(message.model()).containsEntry("dueDate", "2026-05-13");
    }

    @Test
    void a_kind_must_be_a_template_name_that_cannot_reach_outside_the_templates() {
        assertThatThrownBy(() -> OutgoingMessage.pending("FOI-2026-000123", "../secret", Map.of(), "k", RECORDED,
                GIVE_UP, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutgoingMessage.pending("FOI-2026-000123", "Acknowledgement", Map.of(), "k",
                RECORDED, GIVE_UP, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_sent_message_cannot_be_sent_or_failed_again() {
        OutgoingMessage message = acknowledgement();
        message.sent(RECORDED.plusSeconds(1));

        assertThat(message.status()).isEqualTo(MessageStatus.SENT);
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.nextAttemptAt()).isNull();
        assertThatThrownBy(() -> message.sent(RECORDED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> message.attemptFailed("x", RECORDED, POLICY, 0.5))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> message.refused("x", RECORDED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_failure_that_may_pass_is_tried_again_after_a_pause_that_doubles() {
        OutgoingMessage message = acknowledgement();
        Instant now = RECORDED;
        long[] expectedPauses = { 5, 10, 20, 40 };
        for (long pause : expectedPauses) {
            assertThat(message.attemptFailed("Connection refused", now, POLICY, 0.5)).isFalse();
            assertThat(message.nextAttemptAt()).isEqualTo(now.plusSeconds(pause));
            now = message.nextAttemptAt();
        }
        assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(message.attempts()).isEqualTo(4);
        assertThat(message.lastError()).isEqualTo("Connection refused");
    }

    @Test
    void a_message_still_failing_at_its_horizon_is_given_up() {
        OutgoingMessage message = acknowledgement();
        Instant now = RECORDED;
        int attempts = 0;
        while (message.status() == MessageStatus.PENDING) {
            message.attemptFailed("421 try later", now, POLICY, 0.5);
            attempts++;
            if (message.nextAttemptAt() != null) {
                assertThat(message.nextAttemptAt()).isBeforeOrEqualTo(GIVE_UP);
                now = message.nextAttemptAt();
            }
        }
        assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(message.attempts()).isEqualTo(attempts);
        // 5 s doubling to 30 minutes, then every 30 minutes: 9 attempts to reach 30 minutes, 24 hours in all.
        assertThat(attempts).isBetween(50, 60);
        assertThat(message.failedAt()).isBeforeOrEqualTo(GIVE_UP);
        assertThat(message.nextAttemptAt()).isNull();
    }

    @Test
    void a_permanent_refusal_gives_the_message_up_at_once() {
        OutgoingMessage message = acknowledgement();

        message.refused("550 5.1.1 mailbox unavailable", RECORDED.plusSeconds(2));

        assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.failedAt()).isEqualTo(RECORDED.plusSeconds(2));
        assertThat(message.lastError()).startsWith("550");
    }

    @Test
    void a_restored_message_is_the_message_that_was_stored() {
        OutgoingMessage message = acknowledgement();
        message.attemptFailed("timeout", RECORDED, POLICY, 0.5);

        OutgoingMessage restored = OutgoingMessage.restore(message.id(), message.reference(), message.kind(),
                message.recipient(), message.model(), message.idempotencyKey(), message.createdAt(), message.giveUpAt(),
                message.correlationId(), message.causationId(), message.delivery());

        assertThat(restored.delivery()).isEqualTo(message.delivery());
        assertThat(restored.model()).isEqualTo(message.model());
        assertThat(restored.recipient()).isEqualTo(Recipient.REQUESTER);
    }
}
