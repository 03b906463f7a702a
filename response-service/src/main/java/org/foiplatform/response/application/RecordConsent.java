package org.foiplatform.response.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.events.RequestReceived;

/** Keeps, from each request intake received, only whether its requester agreed to the disclosure log. */
@ApplicationScoped
public class RecordConsent {

    private final RequestConsents consents;

    public RecordConsent(RequestConsents consents) {
        this.consents = consents;
    }

    public void received(RequestReceived request) {
        consents.record(request.reference(), request.publishable());
    }
}
