package org.foiplatform.contracts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads a message and hands it to the handler for its type. A message that is not a readable event
 * throws {@link MalformedEventException} (the consumer's dead-letter strategy takes it from there);
 * an event of a type with no handler is returned as ignored, which is normal on a shared topic.
 */
public final class EventRouter {

    private final EventCodec codec;
    private final Map<EventType, BiConsumer<EventEnvelope, Record>> handlers;

    private EventRouter(EventCodec codec, Map<EventType, BiConsumer<EventEnvelope, Record>> handlers) {
        this.codec = codec;
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder with(EventCodec codec) {
        return new Builder(codec);
    }

    /** Handles the message; returns the event, or throws if the message is not one. */
    public Routed route(String message) {
        EventEnvelope event = codec.read(message);
        for (Map.Entry<EventType, BiConsumer<EventEnvelope, Record>> handler : handlers.entrySet()) {
            if (event.is(handler.getKey())) {
                handler.getValue().accept(event, codec.payload(event, handler.getKey().payloadType()));
                return new Routed(event, true);
            }
        }
        return new Routed(event, false);
    }

    /** The event a message carried, and whether a handler took it. */
    public record Routed(EventEnvelope event, boolean handled) {
    }

    public static final class Builder {
        private final EventCodec codec;
        private final Map<EventType, BiConsumer<EventEnvelope, Record>> handlers = new LinkedHashMap<>();

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

        public EventRouter build() {
            return new EventRouter(codec, handlers);
        }
    }
}
