package org.foiplatform.messaging;

import org.foiplatform.contracts.EventEnvelope;

/**
 * The event being handled on this thread, so that the events a handler records continue its
 * correlation and name it as their cause without the use case seeing the envelope. Set by
 * {@link EventHandlers} for the length of one handling transaction.
 */
final class HandlingContext {

    private static final ThreadLocal<EventEnvelope> CURRENT = new ThreadLocal<>();

    private HandlingContext() {
    }

    static EventEnvelope current() {
        return CURRENT.get();
    }

    static void handle(EventEnvelope event, Runnable handler) {
        EventEnvelope outer = CURRENT.get();
        CURRENT.set(event);
        try {
            handler.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
