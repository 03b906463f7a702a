package org.foiplatform.assessment.infrastructure.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;

class ConflictRetryTest {

    @Test
    void an_action_the_case_changed_under_is_run_again_and_succeeds() {
        AtomicInteger attempts = new AtomicInteger();
        String result = ConflictRetry.call(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new OptimisticLockException("an email was recorded on the case meanwhile");
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void a_conflict_that_lasts_is_answered_as_a_conflict_and_other_failures_are_not_retried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.call(() -> {
            attempts.incrementAndGet();
            throw new OptimisticLockException("always");
        })).isInstanceOf(OptimisticLockException.class);
        assertThat(attempts).hasValue(3);

        AtomicInteger once = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.call(() -> {
            once.incrementAndGet();
            throw new IllegalStateException("not a conflict");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(once).hasValue(1);
    }
}
