package org.foiplatform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The shutdown gate: work in hand finishes before the stop goes on; no work starts after it. */
class StoppingTest {

    private final Stopping stopping = new Stopping();

    @Test
    void a_stop_waits_for_the_handling_in_hand_and_then_admits_nothing() throws Exception {
        CountDownLatch inHand = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> handling = CompletableFuture.supplyAsync(() -> stopping.admit(() -> {
            inHand.countDown();
            await(release);
            return "committed";
        }));
        assertThat(inHand.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Integer> stop = CompletableFuture.supplyAsync(() -> stopping.stop(Duration.ofSeconds(30)));
        // The stop has shut the gate at once, but cannot finish while the handling is in hand.
        awaitUntil(stopping::now);
        assertThatThrownBy(() -> stopping.admit(() -> "new work")).isInstanceOf(Stopping.StoppingException.class);
        assertThat(stop).isNotDone();

        release.countDown();
        assertThat(stop.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(handling.get(10, TimeUnit.SECONDS)).isEqualTo("committed");
    }

    @Test
    void a_stop_gives_up_waiting_after_its_grace_and_says_how_much_is_still_in_hand() throws Exception {
        CountDownLatch inHand = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> stopping.admit(() -> {
            inHand.countDown();
            return await(release);
        }));
        assertThat(inHand.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(stopping.stop(Duration.ofMillis(50))).isEqualTo(1);
        release.countDown();
    }

    @Test
    void work_that_fails_still_leaves_the_gate() {
        assertThatThrownBy(() -> stopping.admit(() -> {
            throw new IllegalStateException("handler failed");
        })).hasMessage("handler failed");

        assertThat(stopping.stop(Duration.ofMillis(1))).isZero();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
