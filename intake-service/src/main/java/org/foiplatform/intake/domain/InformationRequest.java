package org.foiplatform.intake.domain;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A request for information as received. Questions are numbered from 1 in the order asked, so that
 * the officer's outcomes and the response letter can refer to "question 2".
 */
public record InformationRequest(Reference reference, Requester requester, List<Question> questions,
        Instant receivedAt, RequestStatus status, Regime regime, String trackingTokenHash, String organisation,
        String title, PreferredFormat preferredFormat, Boolean consentToPublish) {

    public InformationRequest {
        questions = List.copyOf(questions);
    }

    /** Receives a submission that {@link ValidRequestPolicy} has accepted, in Unicode NFC as it was checked. */
    public static InformationRequest receive(Reference reference, Submission sent, Instant receivedAt,
            TrackingToken token) {
        Submission submission = sent.normalised();
        List<String> texts = submission.questions();
        List<Question> numbered = IntStream.range(0, texts.size())
                .mapToObj(i -> new Question(i + 1, ValidRequestPolicy.trim(texts.get(i))))
                .toList();
        Requester requester = new Requester(ValidRequestPolicy.trim(submission.name()),
                ValidRequestPolicy.trim(submission.email()), ValidRequestPolicy.postalAddressToKeep(submission));
        return new InformationRequest(reference, requester, numbered, receivedAt, RequestStatus.RECEIVED,
                Regime.parse(submission.regime()).orElseThrow(), token.hash(), blankToNull(submission.organisation()),
                blankToNull(submission.title()), PreferredFormat.parse(submission.preferredFormat()).orElse(null),
                submission.consentToPublish());
    }

    private static String blankToNull(String value) {
        String trimmed = ValidRequestPolicy.trim(value);
        return trimmed.isEmpty() ? null : trimmed;
    }
}
