package org.foiplatform.messaging;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.messaging.outbox.Outbox;

import io.quarkus.arc.DefaultBean;

/** The plain objects the runtime's beans share. */
public class MessagingBeans {

    /** The clock of every service; a test may produce its own. */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Produces
    @Singleton
    Outbox outbox(EventCodec codec, MessagingConfig config,
            @ConfigProperty(name = "quarkus.application.name", defaultValue = "foi") String applicationName) {
        return new Outbox(codec, config.maxEventBytes(), applicationName);
    }
}
