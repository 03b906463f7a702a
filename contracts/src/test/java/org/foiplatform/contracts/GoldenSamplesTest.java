package org.foiplatform.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.foiplatform.contracts.events.RequestReceived;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class GoldenSamplesTest {

    private final EventCodec codec = new EventCodec();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_sample_reads_as_its_declared_type_and_payload(EventType type) {
        EventEnvelope envelope = codec.read(GoldenSamples.raw(type));

        assertThat(envelope.is(type)).isTrue();
        Record payload = codec.payload(envelope, type.payloadType());
        assertThat(payload).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void writing_a_sample_back_keeps_its_shape(EventType type) {
        EventEnvelope envelope = codec.read(GoldenSamples.raw(type));
        Record payload = codec.payload(envelope, type.payloadType());

        EventEnvelope rewritten = codec.wrap(type, envelope.reference(), payload, envelope.occurredAt(),
                envelope.correlationId(), envelope.causationId());

        assertThat(GoldenSamples.fieldPaths(codec.write(rewritten)))
                .isEqualTo(GoldenSamples.fieldPaths(GoldenSamples.raw(type)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_type_has_a_json_schema_naming_its_wire_type(EventType type) {
        String schema = new String(readResource(type.schemaPath()));
        assertThat(codec.tree(schema).at("/properties/type/const").asText()).isEqualTo(type.wireName());
    }

    @Test
    void a_sample_can_be_retargeted_at_another_reference() {
        UUID id = UUID.randomUUID();
        EventEnvelope envelope = codec.read(GoldenSamples.forReference(EventType.REQUEST_RECEIVED, "FOI-2026-999999", id));

        assertThat(envelope.eventId()).isEqualTo(id);
        assertThat(envelope.reference()).isEqualTo("FOI-2026-999999");
        assertThat(codec.payload(envelope, RequestReceived.class).reference()).isEqualTo("FOI-2026-999999");
    }

    @Test
    void readers_ignore_fields_they_do_not_know() {
        String withExtra = GoldenSamples.raw(EventType.CASE_OPENED).replaceFirst("\\{", "{\"addedLater\": true,");
        assertThat(codec.read(withExtra).is(EventType.CASE_OPENED)).isTrue();
    }

    @Test
    void a_message_that_is_not_an_envelope_is_malformed() {
        assertThatThrownBy(() -> codec.read("this is not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.read("{\"type\":\"foi.intake.request-received\"}"))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void a_payload_missing_a_required_field_is_malformed() {
        String noRequester = GoldenSamples.raw(EventType.REQUEST_RECEIVED).replace("\"requester\"", "\"someoneElse\"");
        EventEnvelope envelope = codec.read(noRequester);
        assertThatThrownBy(() -> codec.payload(envelope, RequestReceived.class))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void the_first_event_of_a_request_starts_its_correlation() {
        RequestReceived payload = codec.payload(codec.read(GoldenSamples.raw(EventType.REQUEST_RECEIVED)),
                RequestReceived.class);
        EventEnvelope first = codec.wrap(EventType.REQUEST_RECEIVED, payload.reference(), payload, Instant.now(), null, null);

        assertThat(first.correlationId()).isEqualTo(first.eventId());
        assertThat(first.causationId()).isNull();
    }

    private static byte[] readResource(String path) {
        try (var in = GoldenSamplesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
