package org.foiplatform.intake.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.intake.domain.EmailAddressRule;
import org.foiplatform.intake.domain.InformationRequest;
import org.foiplatform.intake.domain.Reference;
import org.foiplatform.intake.domain.RequestProgress;
import org.foiplatform.intake.domain.TrackingToken;
import org.foiplatform.intake.domain.ValidRequestPolicy;
import org.foiplatform.intake.domain.Submission;
import org.foiplatform.intake.domain.Violation;
import org.foiplatform.messaging.EventRecorder;
import org.jboss.logging.Logger;

/**
 * Receives a request: checks it, gives it a reference, stores it and records {@code RequestReceived}
 * in the outbox, all in one transaction. A repeated idempotency key returns the first receipt and
 * stores nothing new.
 */
@ApplicationScoped
public class SubmitRequest {

    private static final Logger LOG = Logger.getLogger(SubmitRequest.class);

    private final RequestRepository requests;
    private final ProgressRepository progress;
    private final EventRecorder events;
    private final Clock clock;
    private final ZoneId zone;
    private final ValidRequestPolicy policy;
    private final SecureRandom random = new SecureRandom();
    private final java.util.Optional<org.foiplatform.contracts.TrackingTokenSeal> seal;

    public SubmitRequest(RequestRepository requests, ProgressRepository progress, EventRecorder events, Clock clock,
            IntakeConfig config, EmailAddressRule emailRule) {
        this.requests = requests;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
        this.seal = config.trackingLinkKey().filter(key -> !key.isBlank())
                .map(org.foiplatform.contracts.TrackingTokenSeal::new);
        this.policy = new ValidRequestPolicy(config.maxNameLength(), config.maxQuestionLength(), config.maxQuestions(),
                config.maxRequestText(), config.maxPostalAddressLength(), config.maxPostalAddressLines(),
                emailRule);
    }

    /** Every reason the submission is not a valid request (empty when it is); nothing is stored. */
    public List<Violation> check(Submission submission) {
        return policy.check(submission);
    }

    @Transactional
    public Receipt submit(Submission submission, Optional<String> idempotencyKey) {
        List<Violation> violations = policy.check(submission);
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
        String fingerprint = submission.fingerprint();
        if (idempotencyKey.isPresent()) {
            Optional<RequestRepository.Keyed> earlier = requests.findByIdempotencyKey(idempotencyKey.get());
            if (earlier.isPresent()) {
                InformationRequest first = earlier.get().request();
                // A key kept before fingerprints were (null) cannot be compared: its first receipt is the answer.
                if (earlier.get().fingerprint() != null && !earlier.get().fingerprint().equals(fingerprint)) {
                    LOG.infof("Idempotency key of %s sent again with another request: refused", first.reference());
                    throw new IdempotencyKeyReusedException();
                }
                LOG.infof("Idempotency key seen before: returning %s", first.reference());
                return new Receipt(first.reference(), first.receivedAt(), true, null);
            }
        }
        Instant receivedAt = clock.instant();
        Reference reference = Reference.of(receivedAt.atZone(zone).getYear(), requests.nextSequence());
        TrackingToken token = TrackingToken.issue(random);
        InformationRequest request = InformationRequest.receive(reference, submission, receivedAt, token);
        requests.add(request, idempotencyKey.orElse(null), idempotencyKey.isPresent() ? fingerprint : null);
        org.foiplatform.contracts.EventEnvelope event = events.record(EventType.REQUEST_RECEIVED, reference.value(),
                toEvent(request, seal.map(s -> s.seal(reference.value(), token.value())).orElse(null)));
        progress.save(RequestProgress.received(reference));
        progress.append(reference, RequestProgress.receivedEntry(receivedAt.atZone(zone).toLocalDate()));
        progress.setCorrelation(reference, event.correlationId());
        LOG.infof("Received request %s with %d question(s)", reference, request.questions().size());
        return new Receipt(reference, receivedAt, false, token.value());
    }

    private static RequestReceived toEvent(InformationRequest request, String sealedToken) {
        return new RequestReceived(request.reference().value(), request.receivedAt(),
                new RequestReceived.Requester(request.requester().name(), request.requester().email(),
                        request.requester().postalAddress()),
                request.questions().stream().map(q -> new RequestReceived.Question(q.number(), q.text())).toList(),
                request.regime().name(), request.consentToPublish(), request.trackingTokenHash(),
                request.preferredFormat() == null ? null : request.preferredFormat().name(), request.organisation(),
                request.title(), sealedToken);
    }
}
