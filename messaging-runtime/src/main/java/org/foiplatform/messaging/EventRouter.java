package org.foiplatform.messaging;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.MalformedEventException;

/**
 * Reads a message and hands it to the handler for its type. A message that is not a readable event
 * throws {@link MalformedEventException} at once (the consumer's dead-letter strategy takes it from
 * there); an event of a type with no handler is returned as ignored, which is normal on a shared topic.
 * A handler that fails for another reason is tried again a few times with a growing pause before the failure
 * is passed on; one that fails because of a fault that passes by itself (the database cannot be reached) is
 * tried until the fault has passed, so that an outage never sends a good event to the dead-letter topic. The
 * consumer's thread waits meanwhile, which keeps per-key order.
 */
public final class EventRouter {

    private static final System.Logger LOG = System.getLogger(EventRouter.class.getName());

    private final EventCodec codec;
    private final Map<EventType, BiConsumer<EventEnvelope, Record>> handlers;
    private final int maxAttempts;
    private final Duration firstPause;
    private final BooleanSupplier giveUp;
    private final Predicate<Throwable> passingFault;
    private final Duration longestPause;

    private EventRouter(Builder builder) {
        this.codec = builder.codec;
        this.handlers = Map.copyOf(builder.handlers);
        this.maxAttempts = builder.maxAttempts;
        this.firstPause = builder.firstPause;
        this.giveUp = builder.giveUp;
        this.passingFault = builder.passingFault;
        this.longestPause = builder.longestPause;
    }

    public static Builder with(EventCodec codec) {
        return new Builder(codec);
    }

    /** Handles the message; returns the event, or throws if the message is not one. */
    public Routed route(String message) {
        EventEnvelope event = codec.read(message);
        for (Map.Entry<EventType, BiConsumer<EventEnvelope, Record>> handler : handlers.entrySet()) {
            if (event.is(handler.getKey())) {
                Record payload = codec.payload(event, handler.getKey().payloadType());
                handleWithRetries(handler.getValue(), event, payload);
                return new Routed(event, true);
            }
        }
        return new Routed(event, false);
    }

    private void handleWithRetries(BiConsumer<EventEnvelope, Record> handler, EventEnvelope event, Record payload) {
        Duration pause = firstPause;
        for (int attempt = 1;; attempt++) {
            try {
                handler.accept(event, payload);
                return;
            } catch (MalformedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                boolean passing = passingFault.test(e);
                if (giveUp.getAsBoolean()) {
                    throw e;
                }
                if (!passing && attempt >= maxAttempts) {
                    // The dead-letter record's reason header is this message: name the fault at the bottom.
                    throw new HandlingFailedException(event, attempt, e);
                }
                LOG.log(System.Logger.Level.WARNING, "Handling {0} {1} for {2} failed (attempt {3}{4}), trying again"
                        + " in {5} ms: {6}", event.type(), event.eventId(), event.reference(), attempt,
                        passing ? "; a fault that passes by itself, so tried until it does" : " of " + maxAttempts,
                        pause.toMillis(), e.getMessage());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = pause.multipliedBy(2);
                if (pause.compareTo(longestPause) > 0) {
                    pause = longestPause;
                }
            }
        }
    }

    /**
     * Handling an event failed on every attempt allowed. Its message names the event and the fault at the bottom
     * of the failure (a transaction manager's "could not commit" hides the database's own words in a cause or a
     * suppressed exception), because the dead-letter topic keeps this message as the record's reason.
     */
    public static final class HandlingFailedException extends RuntimeException {
        HandlingFailedException(EventEnvelope event, int attempts, RuntimeException failure) {
            super("Handling " + event.type() + " " + event.eventId() + " failed " + attempts + " time(s): "
                    + rootMessage(failure), failure);
        }

        static String rootMessage(Throwable failure) {
            Throwable deepest = deepest(failure, 0);
            String top = String.valueOf(failure.getMessage());
            String bottom = String.valueOf(deepest.getMessage());
            return deepest == failure || top.equals(bottom) ? top : top + "; caused by: " + bottom;
        }

        /** The last cause, looking into suppressed exceptions where a cause chain ends. */
        private static Throwable deepest(Throwable t, int depth) {
            if (depth > 20) {
                return t;
            }
            if (t.getCause() != null && t.getCause() != t) {
                return deepest(t.getCause(), depth + 1);
            }
            for (Throwable suppressed : t.getSuppressed()) {
                return deepest(suppressed, depth + 1);
            }
            return t;
        }
    }

    /** The event a message carried, and whether a handler took it. */
    public record Routed(EventEnvelope event, boolean handled) {
    }

    public static final class Builder {
        private final EventCodec codec;
        private final Map<EventType, BiConsumer<EventEnvelope, Record>> handlers = new LinkedHashMap<>();
        private int maxAttempts = 5;
        private Duration firstPause = Duration.ofMillis(500);
        private BooleanSupplier giveUp = () -> false;
        private Predicate<Throwable> passingFault = failure -> false;
        private Duration longestPause = Duration.ofSeconds(10);

        private Builder(EventCodec codec) {
            this.codec = codec;
        }

        public <T extends Record> Builder on(EventType type, Class<T> payloadType, BiConsumer<EventEnvelope, T> handler) {
            if (type.payloadType() != payloadType) {
                throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName());
            }
            handlers.put(type, (event, payload) -> handler.accept(event, payloadType.cast(payload)));
            return this;
        }

        /** How often a failing handler is tried in all, and the first pause (doubled each time). */
        public Builder retrying(int attempts, Duration pause) {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
            this.maxAttempts = attempts;
            this.firstPause = pause;
            return this;
        }

        /** Passes a failure on at once, without further attempts, while {@code giveUp} says so. */
        public Builder givingUpWhen(BooleanSupplier giveUp) {
            this.giveUp = giveUp;
            return this;
        }

        /**
         * A failure {@code passingFault} recognises (the database cannot be reached, say) says nothing about the
         * event: it is tried for as long as the fault lasts, the pause doubling up to {@code longestPause},
         * instead of going to the dead-letter topic after the attempts allowed.
         */
        public Builder retryingWhile(Predicate<Throwable> passingFault, Duration longestPause) {
            this.passingFault = passingFault;
            this.longestPause = longestPause;
            return this;
        }

        public EventRouter build() {
            return new EventRouter(this);
        }
    }
}
