package org.foiplatform.assessment.infrastructure.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.foiplatform.assessment.application.RecordUnhandledMessage;
import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.MalformedEventException;
import org.foiplatform.messaging.admin.DeadLetters;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Watches every service's dead-letter topics ({@code foi.<producer>.v1.<consumer>.dlq}, by pattern, found as
 * they appear) and puts each message about a request on its case's timeline, so that the officer knows part of
 * the request may be missing elsewhere until an admin replays it.
 */
@ApplicationScoped
public class DeadLetterWatch {

    private final RecordUnhandledMessage unhandled;
    private final EventCodec codec;

    public DeadLetterWatch(RecordUnhandledMessage unhandled, EventCodec codec) {
        this.unhandled = unhandled;
        this.codec = codec;
    }

    @Incoming("dead-letters-in")
    @Blocking
    public CompletionStage<Void> onDeadLetter(Message<String> message) {
        message.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(kafka -> {
            @SuppressWarnings("unchecked")
            IncomingKafkaRecordMetadata<String, String> record = (IncomingKafkaRecordMetadata<String, String>) kafka;
            String topic = record.getTopic();
            // foi.<producer>.v1.<consumer>.dlq: the consumer is the part before .dlq.
            String[] parts = topic.split("\\.");
            String consumer = parts.length >= 2 ? parts[parts.length - 2] + "-service" : topic;
            String what;
            try {
                what = codec.read(message.getPayload()).type();
            } catch (MalformedEventException e) {
                what = "a message it could not read";
            }
            unhandled.record(record.getKey(), consumer, what,
                    DeadLetters.header(record.getHeaders(), "dead-letter-reason"));
        });
        return message.ack();
    }
}
