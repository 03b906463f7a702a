package org.foiplatform.response.application;

/**
 * Whether each requester agreed to the response going, anonymised, on the disclosure log, as intake received it
 * (RequestReceived). Nothing else about the requester is kept here.
 */
public interface RequestConsents {

    void record(String reference, boolean consentToPublish);

    /** False when the request was never seen or the requester did not agree. */
    boolean consented(String reference);
}
