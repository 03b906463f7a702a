package org.foiplatform.messaging;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.messaging.outbox.Inbox;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Builds a service's consumers. Each handler is wrapped so that the use case receives only the payload:
 * every attempt runs in a transaction of its own that first records the event in the inbox
 * ({@code processed_event}) and skips it if this consumer has handled it before, so a redelivered event
 * changes nothing; the events the handler records continue the handled event's correlation. Routing,
 * retries and dead-lettering are {@link EventRouter}'s.
 *
 * <pre>
 * router = handlers.consumer("assessment-service")
 *         .on(EventType.REQUEST_RECEIVED, RequestReceived.class, openCase::open)
 *         .build();
 * </pre>
 */
@ApplicationScoped
public class EventHandlers {

    private static final Logger LOG = Logger.getLogger(EventHandlers.class);

    private final Connections connections;
    private final EventCodec codec;
    private final Clock clock;
    private final MessagingConfig config;
    private final Stopping stopping;
    private final Map<String, EventRouter> routers = new ConcurrentHashMap<>();

    EventHandlers(Connections connections, EventCodec codec, Clock clock, MessagingConfig config, Stopping stopping) {
        this.connections = connections;
        this.codec = codec;
        this.clock = clock;
        this.config = config;
        this.stopping = stopping;
    }

    /**
     * The router built for each consumer, by its name, which is also the consumer group of its channels: an
     * admin's replay of a dead letter goes through the same router, and so the same inbox, as any delivery.
     */
    public Optional<EventRouter> router(String consumer) {
        return Optional.ofNullable(routers.get(consumer));
    }

    /** Handlers for one consumer: {@code consumer} names it in the inbox, and so must never change. */
    public Builder consumer(String consumer) {
        return new Builder(consumer);
    }

    private void handleOnce(String consumer, EventEnvelope event, Runnable handler) {
        // Admitted only while the service runs, and the shutdown waits for the transaction to end.
        stopping.admit(() -> {
            QuarkusTransaction.requiringNew().run(() -> {
                boolean first = connections.inTransaction(
                        c -> Inbox.firstDelivery(c, consumer, event.eventId(), clock.instant()));
                if (!first) {
                    LOG.infof("Skipped duplicate %s %s for %s", event.type(), event.eventId(), event.reference());
                    return;
                }
                HandlingContext.handle(event, handler);
            });
            return null;
        });
    }

    public final class Builder {
        private final String consumer;
        private final EventRouter.Builder router;

        private Builder(String consumer) {
            this.consumer = consumer;
            this.router = EventRouter.with(codec).retrying(config.handler().attempts(), config.handler().firstPause())
                    // A failure while stopping says nothing about the event: give it back at once (see
                    // DeadLetterUnlessStopping) rather than hold the shutdown for seconds of retries.
                    .givingUpWhen(stopping::now)
                    // The database away for a while: keep the event, and try it until the database is back.
                    .retryingWhile(PassingFaults::isPassing, config.handler().longestPause());
        }

        public <T extends Record> Builder on(EventType type, Class<T> payloadType, Consumer<T> handler) {
            router.on(type, payloadType, (event, payload) -> handleOnce(consumer, event, () -> handler.accept(payload)));
            return this;
        }

        public EventRouter build() {
            EventRouter built = router.build();
            routers.put(consumer, built);
            return built;
        }
    }
}
