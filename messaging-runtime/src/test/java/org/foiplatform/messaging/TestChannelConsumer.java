package org.foiplatform.messaging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.CaseOpened;

import io.smallrye.common.annotation.Blocking;

/** A consuming channel as a service has one, for the dead-letter tests: its handler can be made to fail. */
@ApplicationScoped
public class TestChannelConsumer {

    static final String CONSUMER = "runtime-test-channel";
    static final AtomicBoolean FAILING = new AtomicBoolean();
    static final List<String> HANDLED = new CopyOnWriteArrayList<>();

    private final EventRouter router;

    TestChannelConsumer(EventHandlers handlers) {
        this.router = handlers.consumer(CONSUMER)
                .on(EventType.CASE_OPENED, CaseOpened.class, opened -> {
                    if (FAILING.get()) {
                        throw new IllegalStateException("the handler is broken until the fix is deployed");
                    }
                    HANDLED.add(opened.reference());
                })
                .build();
    }

    @Incoming("test-in")
    @Blocking
    public void onMessage(String message) {
        router.route(message);
    }
}
