package org.foiplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the bench, and small helpers to read the result tree without null checks everywhere. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Follows a path of field names; a missing field gives a missing node, never null. */
    static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String name : path) {
            if (current == null) {
                return MAPPER.missingNode();
            }
            current = current.path(name);
        }
        return current == null ? MAPPER.missingNode() : current;
    }

    /** A number at the path, or NaN if there is none. */
    static double number(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }

    static String text(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
