package org.foiplatform.intake.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A response on the council's public disclosure log, as intake keeps it to suggest to people about to ask the same
 * thing: the anonymised title and the path of its public page on response-service ({@code /disclosure-log/...}).
 */
public record PublishedResponse(String reference, String title, String path, Instant publishedAt,
        LocalDate respondedOn) {

    /** The most characters of a path kept (response-service's are about 30). */
    public static final int MAX_PATH_LENGTH = 300;

    /**
     * A path that stays on the disclosure log's own site when put after its address: it starts with one slash (never
     * two, which a browser reads as another site) and holds no spaces, quotes, angle brackets or backslashes.
     */
    public static boolean safePath(String path) {
        return path != null && path.length() <= MAX_PATH_LENGTH && path.startsWith("/") && !path.startsWith("//")
                && path.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>'
                        || c == '\\' || c == 127);
    }
}
