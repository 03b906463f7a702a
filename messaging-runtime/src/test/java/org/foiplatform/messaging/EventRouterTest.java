package org.foiplatform.messaging;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.MalformedEventException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.RequestReceived;
import org.junit.jupiter.api.Test;

class EventRouterTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void an_event_goes_to_the_handler_for_its_type_with_its_payload() {
        List<String> seen = new ArrayList<>();
        EventRouter router = EventRouter.with(codec)
                .on(EventType.REQUEST_RECEIVED, RequestReceived.class, (e, p) -> seen.add("request " + p.reference()))
                .on(EventType.CASE_OPENED, CaseOpened.class, (e, p) -> seen.add("case " + p.dueDate()))
                .build();

        assertThat(router.route(GoldenSamples.raw(EventType.CASE_OPENED)).handled()).isTrue();
        assertThat(seen).containsExactly("case 2026-05-13");
    }

    @Test
    void an_event_with_no_handler_is_ignored_not_refused() {
        EventRouter router = EventRouter.with(codec)
                .on(EventType.REQUEST_RECEIVED, RequestReceived.class, (e, p) -> { })
                .build();
        assertThat(router.route(GoldenSamples.raw(EventType.NOTIFICATION_SENT)).handled()).isFalse();
    }

    @Test
    void a_passing_fault_is_tried_again_until_it_succeeds() {
        AtomicInteger calls = new AtomicInteger();
        EventRouter router = EventRouter.with(codec).retrying(3, Duration.ofMillis(1))
                .on(EventType.CASE_OPENED, CaseOpened.class, (e, p) -> {
                    if (calls.incrementAndGet() < 3) {
                        throw new IllegalStateException("database restarting");
                    }
                }).build();

        assertThat(router.route(GoldenSamples.raw(EventType.CASE_OPENED)).handled()).isTrue();
        assertThat(calls).hasValue(3);
    }

    @Test
    void a_lasting_fault_is_passed_on_after_the_last_attempt() {
        AtomicInteger calls = new AtomicInteger();
        EventRouter router = EventRouter.with(codec).retrying(2, Duration.ofMillis(1))
                .on(EventType.CASE_OPENED, CaseOpened.class, (e, p) -> {
                    calls.incrementAndGet();
                    throw new IllegalStateException("database down");
                }).build();

        assertThatThrownBy(() -> router.route(GoldenSamples.raw(EventType.CASE_OPENED)))
                .isInstanceOf(EventRouter.HandlingFailedException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed 2 time(s): database down");
        assertThat(calls).hasValue(2);
    }

    @Test
    void the_reason_names_the_fault_hidden_under_a_failed_commit() {
        RuntimeException commitFailed = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        commitFailed.addSuppressed(new RuntimeException("could not execute statement",
                new java.sql.SQLException("ERROR: value too long for type character varying(32)", "22001")));
        EventRouter router = EventRouter.with(codec).retrying(1, Duration.ofMillis(1))
                .on(EventType.CASE_OPENED, CaseOpened.class, (e, p) -> {
                    throw commitFailed;
                }).build();

        assertThatThrownBy(() -> router.route(GoldenSamples.raw(EventType.CASE_OPENED)))
                .hasMessageContaining("Could not commit transaction.; caused by: ERROR: value too long");
    }

    @Test
    void a_message_that_is_not_an_event_is_refused_at_once_without_retries() {
        AtomicInteger calls = new AtomicInteger();
        EventRouter router = EventRouter.with(codec).retrying(5, Duration.ofSeconds(10))
                .on(EventType.CASE_OPENED, CaseOpened.class, (e, p) -> calls.incrementAndGet()).build();

        assertThatThrownBy(() -> router.route("not json")).isInstanceOf(MalformedEventException.class);
        String noDueDate = GoldenSamples.raw(EventType.CASE_OPENED).replace("\"dueDate\"", "\"notTheDueDate\"");
        assertThatThrownBy(() -> router.route(noDueDate)).isInstanceOf(MalformedEventException.class);
        assertThat(calls).hasValue(0);
    }

    @Test
    void a_failure_while_giving_up_is_passed_on_without_further_attempts() {
        AtomicInteger attempts = new AtomicInteger();
        EventRouter router = EventRouter.with(codec)
                .on(EventType.CASE_OPENED, CaseOpened.class, (e, p) -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("EntityManagerFactory is closed");
                })
                .retrying(5, Duration.ofMillis(1))
                .givingUpWhen(() -> true)
                .build();

        assertThatThrownBy(() -> router.route(GoldenSamples.raw(EventType.CASE_OPENED)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_fault_that_passes_by_itself_is_tried_past_the_attempts_allowed_until_it_passes() {
        AtomicInteger calls = new AtomicInteger();
        EventRouter router = EventRouter.with(codec).retrying(3, Duration.ofMillis(1))
                .retryingWhile(failure -> failure.getMessage().startsWith("database away"), Duration.ofMillis(4))
                .on(EventType.CASE_OPENED, CaseOpened.class, (e, p) -> {
                    if (calls.incrementAndGet() < 12) {
                        throw new IllegalStateException("database away, attempt " + calls.get());
                    }
                })
                .build();

        assertThat(router.route(GoldenSamples.raw(EventType.CASE_OPENED)).handled()).isTrue();
        assertThat(calls).hasValue(12);
    }

    @Test
    void a_fault_that_passes_by_itself_is_still_given_back_when_the_service_stops() {
        AtomicInteger calls = new AtomicInteger();
        EventRouter router = EventRouter.with(codec).retrying(3, Duration.ofMillis(1))
                .retryingWhile(failure -> true, Duration.ofMillis(1))
                .givingUpWhen(() -> calls.get() >= 5)
                .on(EventType.CASE_OPENED, CaseOpened.class, (e, p) -> {
                    calls.incrementAndGet();
                    throw new IllegalStateException("database away");
                })
                .build();

        assertThatThrownBy(() -> router.route(GoldenSamples.raw(EventType.CASE_OPENED)))
                .hasMessage("database away");
        assertThat(calls).hasValue(5);
    }
}
