package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A request for information has been received (FOIA s.8: in writing, with a name, an address for
 * correspondence and a description of the information requested). {@code receivedAt} is the
 * "date of receipt" from which the s.10(1) clock runs. {@code regime} is the law the request is made under
 * (FOIA, EIR, FOISA, EIRS or SAR); absent means FOIA. {@code consentToPublish} is true when the requester agreed
 * that the response may go, anonymised, on the authority's public disclosure log; absent means they did not.
 * {@code trackingTokenHash} is the SHA-256 (lower-case hex) of the requester's private tracking token, never the
 * token itself: a service that serves the requester (their letter, for one) checks a presented token against it.
 * The last three are optional (null when not given): {@code preferredFormat} is the means of communication the
 * requester prefers (FOIA s.11(1): {@code ELECTRONIC} copy, {@code PAPER} copy or {@code INSPECTION} of a record),
 * {@code organisation} whom they ask for, if anyone, and {@code title} a short title they gave the request.
 * {@code trackingTokenSealed} is the token itself sealed for notification-service ({@link
 * org.foiplatform.contracts.TrackingTokenSeal}), which puts the private link in the acknowledgement; null when intake
 * has no key to seal it with.
 */
public record RequestReceived(String reference, Instant receivedAt, Requester requester, List<Question> questions,
        String regime, Boolean consentToPublish, String trackingTokenHash, String preferredFormat, String organisation,
        String title, String trackingTokenSealed) {

    /** A request whose tracking token was not sealed for the acknowledgement. */
    public RequestReceived(String reference, Instant receivedAt, Requester requester, List<Question> questions,
            String regime, Boolean consentToPublish, String trackingTokenHash, String preferredFormat,
            String organisation, String title) {
        this(reference, receivedAt, requester, questions, regime, consentToPublish, trackingTokenHash, preferredFormat,
                organisation, title, null);
    }

    /** A request from before the portal asked for a preferred format, an organisation and a title. */
    public RequestReceived(String reference, Instant receivedAt, Requester requester, List<Question> questions,
            String regime, Boolean consentToPublish, String trackingTokenHash) {
        this(reference, receivedAt, requester, questions, regime, consentToPublish, trackingTokenHash, null, null,
                null);
    }

    /** A request whose requester was not asked about the disclosure log. */
    public RequestReceived(String reference, Instant receivedAt, Requester requester, List<Question> questions,
            String regime) {
        this(reference, receivedAt, requester, questions, regime, null, null);
    }

    /** A request under FOIA, the default. */
    public RequestReceived(String reference, Instant receivedAt, Requester requester, List<Question> questions) {
        this(reference, receivedAt, requester, questions, "FOIA");
    }

    public RequestReceived {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(requester, "requester");
        questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
    }

    /** Whether the response may be published, anonymised, on the disclosure log. */
    public boolean publishable() {
        return Boolean.TRUE.equals(consentToPublish);
    }

    /** Who asked: a name, an email address, and a postal address only when they want the reply by post. */
    public record Requester(String name, String email, String postalAddress) {
        public Requester {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
        }

        public Requester(String name, String email) {
            this(name, email, null);
        }
    }

    public record Question(int number, String text) {
        public Question {
            Objects.requireNonNull(text, "text");
        }
    }
}
