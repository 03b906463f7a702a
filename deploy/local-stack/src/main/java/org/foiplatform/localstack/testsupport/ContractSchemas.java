package org.foiplatform.localstack.testsupport;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * Checks a message that a service really produced against the JSON Schema of its type in contracts
 * (formats asserted), so that a producer test fails when what goes on the wire breaks the contract, not
 * only when a field is renamed.
 */
public final class ContractSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<EventType, Schema> SCHEMAS = new EnumMap<>(EventType.class);
    private static final EventCodec CODEC = new EventCodec();

    private ContractSchemas() {
    }

    /** Fails with every violation listed unless {@code message} is a known event that matches its schema. */
    public static void assertValid(String message) {
        EventEnvelope envelope = CODEC.read(message);
        EventType type = java.util.Arrays.stream(EventType.values()).filter(envelope::is).findFirst()
                .orElseThrow(() -> new AssertionError("Not a known event type: " + envelope.type()));
        List<Error> errors = schema(type).validate(CODEC.tree(message));
        if (!errors.isEmpty()) {
            throw new AssertionError("A produced " + type.wireName() + " breaks its JSON Schema: " + errors);
        }
    }

    private static synchronized Schema schema(EventType type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            try (java.io.InputStream in = EventType.class.getClassLoader().getResourceAsStream(t.schemaPath())) {
                if (in == null) {
                    throw new AssertionError("No JSON Schema on the classpath at " + t.schemaPath());
                }
                return REGISTRY.getSchema(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
