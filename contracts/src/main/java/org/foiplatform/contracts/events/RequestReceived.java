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
 * <p>
 * What intake worked out, for the officer to decide on: {@code relatedRequests} are earlier requests that look like
 * this one ({@link RelatedRequest}: the same requester asking again, FOIA s.14(2), or near-identical words from
 * someone else, a round-robin or campaign), at most {@link #MAX_RELATED}; an empty list when none was found or intake
 * did not look. {@code regimeHint} is the law the words suggest when it is not the one the request was made under
 * (environmental subjects suggest the EIR, the requester's own personal data a subject access request); null when
 * there is nothing to suggest. Neither is a decision.
 */
public record RequestReceived(String reference, Instant receivedAt, Requester requester, List<Question> questions,
        String regime, Boolean consentToPublish, String trackingTokenHash, String preferredFormat, String organisation,
        String title, String trackingTokenSealed, List<RelatedRequest> relatedRequests, RegimeHint regimeHint) {

    /** The most related requests one event carries. */
    public static final int MAX_RELATED = 20;

    /** A request with nothing worked out about it (no related requests looked for, no hint). */
    public RequestReceived(String reference, Instant receivedAt, Requester requester, List<Question> questions,
            String regime, Boolean consentToPublish, String trackingTokenHash, String preferredFormat,
            String organisation, String title, String trackingTokenSealed) {
        this(reference, receivedAt, requester, questions, regime, consentToPublish, trackingTokenHash, preferredFormat,
                organisation, title, trackingTokenSealed, List.of(), null);
    }

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
        relatedRequests = relatedRequests == null ? List.of() : List.copyOf(relatedRequests);
        if (relatedRequests.size() > MAX_RELATED) {
            throw new IllegalArgumentException("At most " + MAX_RELATED + " related requests, not "
                    + relatedRequests.size());
        }
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

    /**
     * An earlier request that looks like this one. {@code similarity} is how alike their words are, from 0 (nothing
     * shared) to 1 (the same); {@code sameRequester} is true when the same person (by email address) made it: a
     * possible repeated request (FOIA s.14(2)) or one whose cost may be aggregated with this one (the Fees
     * Regulations 2004 reg 5(1)(a)); from someone else it may be a round-robin or campaign request (reg 5(1)(b)).
     */
    public record RelatedRequest(String reference, Instant receivedAt, double similarity, boolean sameRequester) {
        public RelatedRequest {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(receivedAt, "receivedAt");
            if (!(similarity >= 0 && similarity <= 1)) {
                throw new IllegalArgumentException("similarity must be from 0 to 1, not " + similarity);
            }
        }
    }

    /**
     * The law the request's words suggest ({@code EIR}, {@code EIRS} or {@code SAR}) and the words that suggested
     * it (at most ten), for example "air quality" or "my own personal data".
     */
    public record RegimeHint(String regime, List<String> because) {
        public RegimeHint {
            Objects.requireNonNull(regime, "regime");
            because = because == null ? List.of() : List.copyOf(because);
        }
    }
}
