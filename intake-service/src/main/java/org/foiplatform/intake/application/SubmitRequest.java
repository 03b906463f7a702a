package org.foiplatform.intake.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.intake.domain.EmailAddressRule;
import org.foiplatform.intake.domain.InformationRequest;
import org.foiplatform.intake.domain.Question;
import org.foiplatform.intake.domain.Reference;
import org.foiplatform.intake.domain.RegimeHints;
import org.foiplatform.intake.domain.RelatedRequests;
import org.foiplatform.intake.domain.RequestProgress;
import org.foiplatform.intake.domain.TrackingToken;
import org.foiplatform.intake.domain.ValidRequestPolicy;
import org.foiplatform.intake.domain.Submission;
import org.foiplatform.intake.domain.Text;
import org.foiplatform.intake.domain.Violation;
import org.foiplatform.messaging.EventRecorder;
import org.foiplatform.messaging.http.RateLimiter;
import org.jboss.logging.Logger;

/**
 * Receives a request: checks it, gives it a reference, stores it and records {@code RequestReceived}
 * in the outbox, all in one transaction. The event carries what intake worked out for the officer: the earlier
 * requests that look like it ({@link RelatedRequests}) and the law its words suggest ({@link RegimeHints}). A
 * repeated idempotency key returns the first receipt and stores nothing new. One email address may send at most
 * {@code foi.intake.submissions-per-email-per-hour} requests an hour ({@link TooManyFromOneEmailException}); a replay
 * is not counted.
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
    private final RelatedRequests relatedRule;
    private final int lookBackDays;
    private final int perEmailPerHour;
    private final RateLimiter perEmail;

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
        this.relatedRule = new RelatedRequests(config.related().sameRequesterSimilarity(),
                config.related().campaignSimilarity(), RequestReceived.MAX_RELATED);
        this.lookBackDays = config.related().lookBackDays();
        this.perEmailPerHour = config.submissionsPerEmailPerHour();
        // The token bucket counts a minute; on a clock sixty times slower, its minute is an hour.
        this.perEmail = perEmailPerHour > 0 ? new RateLimiter(perEmailPerHour, () -> System.nanoTime() / 60) : null;
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
        admitEmail(submission);
        Instant receivedAt = clock.instant();
        Reference reference = Reference.of(receivedAt.atZone(zone).getYear(), requests.nextSequence());
        TrackingToken token = TrackingToken.issue(random);
        InformationRequest request = InformationRequest.receive(reference, submission, receivedAt, token);
        List<RelatedRequests.Related> related = related(request);
        requests.add(request, idempotencyKey.orElse(null), idempotencyKey.isPresent() ? fingerprint : null);
        org.foiplatform.contracts.EventEnvelope event = events.record(EventType.REQUEST_RECEIVED, reference.value(),
                toEvent(request, seal.map(s -> s.seal(reference.value(), token.value())).orElse(null), related));
        progress.save(RequestProgress.received(reference));
        progress.append(reference, RequestProgress.receivedEntry(receivedAt.atZone(zone).toLocalDate()));
        progress.setCorrelation(reference, event.correlationId());
        LOG.infof("Received request %s with %d question(s), %d related", reference, request.questions().size(),
                related.size());
        return new Receipt(reference, receivedAt, false, token.value());
    }

    /** {@code foi.intake.submissions-per-email-per-hour}: one more from this address, or 429 and nothing stored. */
    private void admitEmail(Submission submission) {
        if (perEmail == null) {
            return;
        }
        String email = Text.nfc(submission.email()).strip().toLowerCase(Locale.ROOT);
        Duration wait = perEmail.admit(email);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.multipliedBy(60).toMillis() + 999) / 1000);
            LOG.warnf("Refused a request for information: more than %d an hour from one email address",
                    perEmailPerHour);
            throw new TooManyFromOneEmailException(seconds, perEmailPerHour);
        }
    }

    /**
     * The earlier requests of the look-back window that look like this one (before it is stored, in the same
     * transaction, so the event carries them). Two submitted at the same moment do not see each other.
     */
    private List<RelatedRequests.Related> related(InformationRequest request) {
        String text = RelatedRequests.comparableText(request.title(), questionTexts(request));
        return relatedRule.select(request.requester().email(), requests.similarTo(text, request.requester().email(),
                request.receivedAt().minus(Duration.ofDays(lookBackDays)), relatedRule.lowestSimilarity(),
                RequestReceived.MAX_RELATED));
    }

    private static List<String> questionTexts(InformationRequest request) {
        return request.questions().stream().map(Question::text).toList();
    }

    private static RequestReceived toEvent(InformationRequest request, String sealedToken,
            List<RelatedRequests.Related> related) {
        return new RequestReceived(request.reference().value(), request.receivedAt(),
                new RequestReceived.Requester(request.requester().name(), request.requester().email(),
                        request.requester().postalAddress()),
                request.questions().stream().map(q -> new RequestReceived.Question(q.number(), q.text())).toList(),
                request.regime().name(), request.consentToPublish(), request.trackingTokenHash(),
                request.preferredFormat() == null ? null : request.preferredFormat().name(), request.organisation(),
                request.title(), sealedToken,
                related.stream().map(r -> new RequestReceived.RelatedRequest(r.reference(), r.receivedAt(),
                        r.similarity(), r.sameRequester())).toList(),
                RegimeHints.suggest(request.regime(), request.title(), questionTexts(request))
                        .map(h -> new RequestReceived.RegimeHint(h.regime().name(), h.because())).orElse(null));
    }
}
