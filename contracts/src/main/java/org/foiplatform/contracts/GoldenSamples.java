package org.foiplatform.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.SortedSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The golden sample message of each event type. Producer tests check that what they publish has
 * the sample's shape; consumer tests feed the samples in. Both sides therefore test against the
 * same document, and a change to one side that breaks the other fails a test.
 */
public final class GoldenSamples {

    private static final EventCodec CODEC = new EventCodec();

    private GoldenSamples() {
    }

    /** The sample exactly as stored. */
    public static String raw(EventType type) {
        try (InputStream in = GoldenSamples.class.getClassLoader().getResourceAsStream(type.samplePath())) {
            if (in == null) {
                throw new IllegalStateException("No golden sample at " + type.samplePath());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference every golden sample is about. */
    public static final String SAMPLE_REFERENCE = "FOI-2026-000123";

    /**
     * The sample as a fresh event about {@code reference}: a new event id, and the sample's reference
     * replaced wherever it appears (envelope, payload, and text such as a letter's subject).
     */
    public static String forReference(EventType type, String reference) {
        return forReference(type, reference, UUID.randomUUID());
    }

    public static String forReference(EventType type, String reference, UUID eventId) {
        ObjectNode envelope = (ObjectNode) CODEC.tree(raw(type).replace(SAMPLE_REFERENCE, reference));
        envelope.put("eventId", eventId.toString());
        return envelope.toString();
    }

    /**
     * Every field path in a message, e.g. {@code payload.questions[].text}: two messages with the
     * same set have the same shape, whatever their values.
     */
    public static SortedSet<String> fieldPaths(String json) {
        SortedSet<String> paths = new TreeSet<>();
        collect(CODEC.tree(json), "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, SortedSet<String> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                paths.add(path);
                collect(field.getValue(), path, paths);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, prefix + "[]", paths);
            }
        }
    }
}
