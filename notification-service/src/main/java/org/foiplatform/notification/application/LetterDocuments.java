package org.foiplatform.notification.application;

/**
 * Fetches one rendering of a response letter from response-service, which keeps the letters: {@code path} is the
 * one {@code ResponseIssued} (version 2) gave, relative to response-service's address, fetched with the mailer's
 * credentials. Returns the bytes and the media type they were served as, and otherwise throws {@link Unavailable},
 * saying whether the failure may pass or is permanent.
 */
public interface LetterDocuments {

    /**
     * The document at {@code path}; at most {@code expectedBytes} bytes are accepted, so that a document other than
     * the one the event described is refused before it is all read.
     */
    Fetched fetch(String path, long expectedBytes);

    /** A document as served. The array is the fetcher's to hand over: it is not copied. */
    record Fetched(byte[] content, String mediaType) {
    }

    /**
     * The document could not be had. {@code permanent}: trying again would get the same answer (a document that is
     * not the one the event described, a path that is not response-service's, a request it calls bad), so the email
     * is given up at once. Everything else may pass (response-service down, slow, failing, or not knowing the letter
     * yet; the mailer's credentials refused until an operator puts them right) and is tried again until the retry
     * horizon, as for a mail server that is away.
     */
    final class Unavailable extends RuntimeException {

        private final boolean permanent;

        public Unavailable(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
