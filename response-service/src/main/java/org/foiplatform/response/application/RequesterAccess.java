package org.foiplatform.response.application;

/**
 * What this service keeps of each requester, from intake's RequestReceived: whether they agreed to the response
 * going, anonymised, on the disclosure log, and the SHA-256 of their private tracking token, so that they can fetch
 * their own letter with the token, and a postal address only when they asked for the reply by post. Never their
 * name, email address or the token itself.
 */
public interface RequesterAccess {

    void record(String reference, boolean consentToPublish, String trackingTokenHash, String postalAddress);

    /** What was kept of a request's requester; nothing agreed and no address when the request was never seen. */
    record Requester(boolean consentToPublish, String postalAddress) {
        public static final Requester UNKNOWN = new Requester(false, null);
    }

    /** One read for all a letter needs of the requester. */
    Requester find(String reference);

    /** False when the request was never seen or the requester did not agree. */
    default boolean consented(String reference) {
        return find(reference).consentToPublish();
    }

    /** True only when a token was recorded for the reference and this token's SHA-256 is it. */
    boolean tokenOpens(String reference, String token);
}
