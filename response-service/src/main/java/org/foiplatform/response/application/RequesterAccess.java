package org.foiplatform.response.application;

/**
 * What this service keeps of each requester, from intake's RequestReceived: whether they agreed to the response
 * going, anonymised, on the disclosure log, and the SHA-256 of their private tracking token, so that they can fetch
 * their own letter with the token. Never their name, address or the token itself.
 */
public interface RequesterAccess {

    void record(String reference, boolean consentToPublish, String trackingTokenHash);

    /** False when the request was never seen or the requester did not agree. */
    boolean consented(String reference);

    /** True only when a token was recorded for the reference and this token's SHA-256 is it. */
    boolean tokenOpens(String reference, String token);
}
