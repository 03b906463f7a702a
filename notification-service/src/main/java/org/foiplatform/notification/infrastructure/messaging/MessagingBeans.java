package org.foiplatform.notification.infrastructure.messaging;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.outbox.Outbox;

/** The framework-free contract pieces, and the clock, as CDI beans. */
public class MessagingBeans {

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Produces
    @Singleton
    Outbox outbox(EventCodec codec) {
        return new Outbox(codec);
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
