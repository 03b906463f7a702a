package org.foiplatform.response.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.events.RequestReceived;

/**
 * Keeps, from each request intake received, only whether its requester agreed to the disclosure log and the hash of
 * their tracking token.
 */
@ApplicationScoped
public class RecordConsent {

    private final RequesterAccess access;

    public RecordConsent(RequesterAccess access) {
        this.access = access;
    }

    public void received(RequestReceived request) {
        String hash = request.trackingTokenHash();
        access.record(request.reference(), request.publishable(),
                hash != null && hash.matches("[0-9a-f]{64}") ? hash : null);
    }
}
