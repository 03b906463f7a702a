package org.foiplatform.messaging;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Whether the application has begun to stop, and the gate that lets the work in hand finish before the
 * database closes. From the {@link ShutdownEvent} on, no new handling starts ({@link #admit} throws
 * {@link StoppingException}, so the event is given back unacknowledged and delivered again after the
 * restart), and the shutdown waits up to {@code grace} for the handling already under way to commit or
 * roll back. Without the wait a handler could still be running when Hibernate and the connection pool
 * close under it, and the outcome of its transaction would depend on which of them closed first.
 */
@ApplicationScoped
public class Stopping {

    private static final Logger LOG = Logger.getLogger(Stopping.class);
    private static final Duration GRACE = Duration.ofSeconds(15);

    private final Object lock = new Object();
    private volatile boolean stopping;
    private int inHand;

    /** First of the shutdown observers, so that nothing else closes before the gate shuts. */
    void onShutdown(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stop(GRACE);
    }

    /** Shuts the gate and waits at most {@code grace} for the work in hand; returns how much is still in hand. */
    int stop(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (lock) {
            stopping = true;
            while (inHand > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warnf("Stopping with %d event handling(s) still under way after %s", inHand, grace);
                    break;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return inHand;
        }
    }

    public boolean now() {
        return stopping;
    }

    /** Runs {@code work} unless the application is stopping; a stop that begins meanwhile waits for it. */
    public <T> T admit(Supplier<T> work) {
        synchronized (lock) {
            if (stopping) {
                throw new StoppingException();
            }
            inHand++;
        }
        try {
            return work.get();
        } finally {
            synchronized (lock) {
                inHand--;
                lock.notifyAll();
            }
        }
    }

    /** Thrown instead of starting work once the application is stopping. */
    public static final class StoppingException extends IllegalStateException {
        StoppingException() {
            super("The service is stopping; the work is left to be done after the restart");
        }
    }
}
