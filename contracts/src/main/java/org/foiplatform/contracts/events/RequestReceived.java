package org.foiplatform.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A request for information has been received (FOIA s.8: in writing, with a name, an address for
 * correspondence and a description of the information requested). {@code receivedAt} is the
 * "date of receipt" from which the s.10(1) clock runs. {@code regime} is the law the request is made under
 * (FOIA, EIR, FOISA, EIRS or SAR); absent means FOIA.
 */
public record RequestReceived(String reference, Instant receivedAt, Requester requester, List<Question> questions,
        String regime) {

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

    public record Requester(String name, String email) {
        public Requester {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
        }
    }

    public record Question(int number, String text) {
        public Question {
            Objects.requireNonNull(text, "text");
        }
    }
}
