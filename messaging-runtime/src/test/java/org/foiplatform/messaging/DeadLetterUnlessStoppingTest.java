package org.foiplatform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;

/** The failure strategy alone, with a dead-letter handler that only notes what reaches it. */
class DeadLetterUnlessStoppingTest {

    private final List<Object> deadLettered = new ArrayList<>();
    private final List<Throwable> reported = new ArrayList<>();
    private final Stopping stopping = new Stopping();
    private final KafkaFailureHandler handler = DeadLetterUnlessStopping.handler("case-in", new KafkaFailureHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            deadLettered.add(record.getPayload());
            return Uni.createFrom().voidItem();
        }
    }, (failure, fatal) -> reported.add(failure), stopping);

    private static IncomingKafkaRecord<String, String> record() {
        return new IncomingKafkaRecord<>(new ConsumerRecord<>("foi.case.v1", 2, 7L, "FOI-2026-000001", "an event"),
                "case-in", -1, null, null, false);
    }

    @Test
    void a_message_that_fails_while_running_goes_to_the_dead_letter_topic() {
        handler.handle(record(), new IllegalStateException("bad event"), Metadata.empty()).await().indefinitely();

        assertThat(deadLettered).containsExactly("an event");
        assertThat(reported).isEmpty();
    }

    @Test
    void a_message_that_fails_while_stopping_is_not_dead_lettered_nor_acknowledged() {
        stopping.onShutdown(null);
        IllegalStateException closed = new IllegalStateException("EntityManagerFactory is closed");

        assertThatThrownBy(() -> handler.handle(record(), closed, Metadata.empty()).await().indefinitely())
                .isSameAs(closed);
        assertThat(deadLettered).isEmpty();
        assertThat(reported).containsExactly(closed);
    }
}
