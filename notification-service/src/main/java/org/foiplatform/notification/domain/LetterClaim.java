package org.foiplatform.notification.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where to fetch a response letter at send time, kept in a message's model instead of the letter itself (a claim
 * check: {@code ResponseIssued} version 2). The letter's renderings can be larger than a row should hold and are
 * response-service's to keep, so a message stores only their paths, sizes and SHA-256, a few hundred bytes, and
 * the letter is fetched, and checked against them, each time the email is tried.
 *
 * <p>In the model it is flat strings, as every model is: {@code letterId}, {@code letterVersion}, and for each
 * rendering (format {@code html}, {@code text}, {@code pdf}) {@code <format>Path}, {@code <format>MediaType},
 * {@code <format>Bytes} and {@code <format>Sha256}.
 */
public record LetterClaim(UUID letterId, int letterVersion, List<Document> documents) {

    /** The renderings a letter can have, in the order they are looked for. */
    public static final List<String> FORMATS = List.of("html", "text", "pdf");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public LetterClaim {
        Objects.requireNonNull(letterId, "letterId");
        documents = List.copyOf(documents);
    }

    /** One rendering of the letter: where to fetch it, and the size and SHA-256 (lower-case hex) it must have. */
    public record Document(String format, String mediaType, String path, long bytes, String sha256) {
        public Document {
            if (!FORMATS.contains(format)) {
                throw new IllegalArgumentException("Not a letter format: " + format);
            }
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(path, "path");
            if (bytes < 0) {
                throw new IllegalArgumentException("A size cannot be negative: " + bytes);
            }
            if (sha256 == null || !SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha256);
            }
        }
    }

    /** The rendering in {@code format}, if the letter has one. */
    public Optional<Document> document(String format) {
        return documents.stream().filter(d -> d.format().equals(format)).findFirst();
    }

    /** The claim as entries of a message's model. */
    public Map<String, String> model() {
        Map<String, String> model = new LinkedHashMap<>();
        model.put("letterId", letterId.toString());
        model.put("letterVersion", String.valueOf(letterVersion));
        for (Document document : documents) {
            model.put(document.format() + "Path", document.path());
            model.put(document.format() + "MediaType", document.mediaType());
            model.put(document.format() + "Bytes", String.valueOf(document.bytes()));
            model.put(document.format() + "Sha256", document.sha256());
        }
        return model;
    }

    /** The claim a message's model holds; empty for a message whose email needs nothing fetched. */
    public static Optional<LetterClaim> in(Map<String, String> model) {
        String letterId = model.get("letterId");
        if (letterId == null) {
            return Optional.empty();
        }
        List<Document> documents = new ArrayList<>();
        for (String format : FORMATS) {
            String path = model.get(format + "Path");
            if (path != null) {
                documents.add(new Document(format, model.get(format + "MediaType"), path,
                        Long.parseLong(model.get(format + "Bytes")), model.get(format + "Sha256")));
            }
        }
        if (documents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LetterClaim(UUID.fromString(letterId), Integer.parseInt(model.get("letterVersion")),
                documents));
    }
}
