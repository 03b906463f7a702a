package org.foiplatform.contracts;

/**
 * The largest text any service accepts into an event, agreed here because the event that carries the most
 * (today {@code ResponseIssued}, whose letter repeats every question and answer with each character escaped to
 * as many as six, {@code "} becoming {@code &quot;}) must still fit the outbox's limit
 * ({@code foi.messaging.max-event-bytes}, 512 KB, itself half the broker's 1 MB). With these limits that letter
 * is at most about 6 x (20,000 + 40,000) characters = 360 KB plus its template; response-service's
 * {@code LargestLetterTest} builds it and proves it is published. A service may accept less, never more: a
 * larger input would be accepted with {@code 201} or {@code 200} and then fail later, where nobody sees it.
 */
public final class InputLimits {

    /** Questions in one request. */
    public static final int MAX_QUESTIONS = 50;
    /** Characters in one question. */
    public static final int MAX_QUESTION_LENGTH = 5_000;
    /** Characters in all the questions of one request together. */
    public static final int MAX_REQUEST_TEXT = 20_000;
    /** Characters in one answer of a decision. */
    public static final int MAX_ANSWER_LENGTH = 5_000;
    /** Characters in all the answers of one decision together. */
    public static final int MAX_DECISION_TEXT = 40_000;
    /** Characters in a requester's name. */
    public static final int MAX_NAME_LENGTH = 200;

    private InputLimits() {
    }

    /** Control characters other than tab and line breaks: never typed, and NUL cannot even be stored. */
    public static boolean hasControlCharacters(String value) {
        return value != null && value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n'
                && c != '\r');
    }
}
