package org.foiplatform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every golden sample matches the JSON Schema of its type, and the schemas do reject messages that
 * break the contract. Formats (uuid, date, date-time) are asserted here, not merely annotated.
 */
class SchemaValidationTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<EventType, Schema> SCHEMAS = new EnumMap<>(EventType.class);

    private final EventCodec codec = new EventCodec();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_golden_sample_matches_its_schema(EventType type) {
        assertThat(validate(type, GoldenSamples.raw(type))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_schema_is_draft_2020_12_and_names_its_wire_type_and_version(EventType type) {
        var node = schema(type).getSchemaNode();
        assertThat(node.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(node.path("$id").asText()).endsWith("/" + type.wireName() + ".v" + type.version() + ".schema.json");
        assertThat(node.at("/properties/type/const").asText()).isEqualTo(type.wireName());
        assertThat(node.at("/properties/version/const").asInt()).isEqualTo(type.version());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void a_sample_retargeted_at_another_reference_still_matches_its_schema(EventType type) {
        assertThat(validate(type, GoldenSamples.forReference(type, "FOI-2027-1234567"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void fields_the_schema_does_not_know_are_allowed_in_envelope_and_payload(EventType type) {
        assertThat(validate(type, mutated(type, envelope -> {
            envelope.put("addedLater", true);
            ((ObjectNode) envelope.get("payload")).putObject("alsoAddedLater").put("note", "tolerated");
        }))).isEmpty();
    }

    @Test
    void a_request_received_without_its_requester_is_rejected() {
        List<Error> errors = validate(EventType.REQUEST_RECEIVED,
                mutated(EventType.REQUEST_RECEIVED, envelope -> ((ObjectNode) envelope.get("payload")).remove("requester")));

        assertThat(errors).isNotEmpty();
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.getKeyword()).isEqualTo("required");
            assertThat(error.getProperty()).isEqualTo("requester");
        });
    }

    @Test
    void a_requester_without_an_email_is_rejected() {
        assertThat(validate(EventType.REQUEST_RECEIVED, mutated(EventType.REQUEST_RECEIVED,
                envelope -> ((ObjectNode) envelope.at("/payload/requester")).remove("email")))).isNotEmpty();
    }

    @Test
    void a_sample_with_a_wrong_type_is_rejected() {
        assertThat(validate(EventType.CASE_OPENED, mutated(EventType.CASE_OPENED,
                envelope -> envelope.put("type", "foi.case.case-closed"))))
                .anySatisfy(error -> assertThat(error.getKeyword()).isEqualTo("const"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void a_sample_does_not_match_the_schema_of_any_other_type(EventType type) {
        for (EventType other : EventType.values()) {
            if (other != type) {
                assertThat(validate(other, GoldenSamples.raw(type))).as("%s against %s", type, other).isNotEmpty();
            }
        }
    }

    @Test
    void a_sample_with_another_version_is_rejected() {
        assertThat(validate(EventType.NOTIFICATION_SENT, mutated(EventType.NOTIFICATION_SENT,
                envelope -> envelope.put("version", 2)))).isNotEmpty();
    }

    @Test
    void a_reference_in_the_wrong_format_is_rejected() {
        assertThat(validate(EventType.CASE_OPENED, mutated(EventType.CASE_OPENED,
                envelope -> envelope.put("reference", "FOI-26-123"))))
                .anySatisfy(error -> assertThat(error.getKeyword()).isEqualTo("pattern"));
        assertThat(validate(EventType.CASE_OPENED, mutated(EventType.CASE_OPENED,
                envelope -> ((ObjectNode) envelope.get("payload")).put("reference", "REQ-2026-000123"))))
                .isNotEmpty();
    }

    @Test
    void an_event_id_that_is_not_a_uuid_is_rejected() {
        assertThat(validate(EventType.RESPONSE_ISSUED, mutated(EventType.RESPONSE_ISSUED,
                envelope -> envelope.put("eventId", "not-a-uuid"))))
                .anySatisfy(error -> assertThat(error.getKeyword()).isEqualTo("format"));
    }

    @Test
    void a_causation_id_may_be_null_but_not_any_other_string() {
        assertThat(validate(EventType.CASE_OPENED, mutated(EventType.CASE_OPENED,
                envelope -> envelope.putNull("causationId")))).isEmpty();
        assertThat(validate(EventType.CASE_OPENED, mutated(EventType.CASE_OPENED,
                envelope -> envelope.put("causationId", "the request")))).isNotEmpty();
    }

    @Test
    void a_due_date_that_is_not_an_iso_date_is_rejected() {
        assertThat(validate(EventType.CASE_OPENED, mutated(EventType.CASE_OPENED,
                envelope -> ((ObjectNode) envelope.get("payload")).put("dueDate", "12/05/2026")))).isNotEmpty();
    }

    @Test
    void an_occurred_at_that_is_not_an_instant_is_rejected() {
        assertThat(validate(EventType.DECISION_APPROVED, mutated(EventType.DECISION_APPROVED,
                envelope -> envelope.put("occurredAt", "2026-05-05")))).isNotEmpty();
    }

    @Test
    void an_outcome_without_its_answer_is_rejected() {
        assertThat(validate(EventType.DECISION_APPROVED, mutated(EventType.DECISION_APPROVED,
                envelope -> ((ObjectNode) envelope.at("/payload/outcomes/0")).remove("answer")))).isNotEmpty();
    }

    @Test
    void a_decision_may_leave_its_approver_out_or_null() {
        assertThat(validate(EventType.DECISION_APPROVED, mutated(EventType.DECISION_APPROVED,
                envelope -> ((ObjectNode) envelope.get("payload")).putNull("approvedBy")))).isEmpty();
        assertThat(validate(EventType.DECISION_APPROVED, mutated(EventType.DECISION_APPROVED,
                envelope -> ((ObjectNode) envelope.get("payload")).remove("approvedBy")))).isEmpty();
    }

    private List<Error> validate(EventType type, String json) {
        return schema(type).validate(codec.tree(json));
    }

    private String mutated(EventType type, Consumer<ObjectNode> change) {
        ObjectNode envelope = (ObjectNode) codec.tree(GoldenSamples.raw(type));
        change.accept(envelope);
        return envelope.toString();
    }

    private static synchronized Schema schema(EventType type) {
        return SCHEMAS.computeIfAbsent(type, SchemaValidationTest::load);
    }

    private static Schema load(EventType type) {
        try (InputStream in = SchemaValidationTest.class.getClassLoader().getResourceAsStream(type.schemaPath())) {
            assertThat(in).as(type.schemaPath()).isNotNull();
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
