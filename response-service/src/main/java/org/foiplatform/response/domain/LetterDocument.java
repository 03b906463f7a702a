package org.foiplatform.response.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One rendering of one version of a letter (HTML, plain text or PDF), stored as issued and never overwritten, with
 * its SHA-256 so that whoever fetches it can tell it has the right bytes.
 */
public record LetterDocument(UUID letterId, Format format, byte[] content, String sha256) {

    /** The renderings a letter has, with their media types and file extensions. */
    public enum Format {
        HTML("html", "text/html; charset=UTF-8", "html"),
        TEXT("text", "text/plain; charset=UTF-8", "txt"),
        PDF("pdf", "application/pdf", "pdf");

        private final String key;
        private final String mediaType;
        private final String extension;

        Format(String key, String mediaType, String extension) {
            this.key = key;
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String key() {
            return key;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** The format whose file extension this is ({@code html}, {@code txt}, {@code pdf}). */
        public static java.util.Optional<Format> byExtension(String extension) {
            for (Format f : values()) {
                if (f.extension.equals(extension)) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public static LetterDocument of(UUID letterId, Format format, byte[] content) {
        return new LetterDocument(letterId, format, content, sha256(content));
    }

    public static LetterDocument text(UUID letterId, Format format, String content) {
        return of(letterId, format, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Where response-service serves it: the internal letters API. */
    public String path() {
        return path(letterId, format);
    }

    public static String path(UUID letterId, Format format) {
        return "/api/letters/" + letterId + "/letter." + format.extension();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
