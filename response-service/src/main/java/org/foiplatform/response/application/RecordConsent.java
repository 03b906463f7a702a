package org.foiplatform.response.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.events.RequestReceived;

/**
 * Keeps, from each request intake received, only whether its requester agreed to the disclosure log, the hash of
 * their tracking token and, when they want the reply by post, their postal address.
 */
@ApplicationScoped
public class RecordConsent {

    private final RequesterAccess access;

    public RecordConsent(RequesterAccess access) {
        this.access = access;
    }

    public void received(RequestReceived request) {
        String hash = request.trackingTokenHash();
        String address = request.requester().postalAddress();
        // At most 500 characters, as the schema says; control characters other than new lines dropped.
        address = address == null || address.isBlank() ? null
                : address.replaceAll("[\\p{Cc}&&[^\\n]]", "").strip();
        access.record(request.reference(), request.publishable(),
                hash != null && hash.matches("[0-9a-f]{64}") ? hash : null,
                address == null ? null : address.substring(0, Math.min(address.length(), 500)));
    }
}
