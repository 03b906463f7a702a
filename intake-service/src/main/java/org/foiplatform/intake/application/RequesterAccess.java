package org.foiplatform.intake.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.InputLimits;
import org.foiplatform.contracts.events.ClarificationProvided;
import org.foiplatform.contracts.events.RequestWithdrawn;
import org.foiplatform.contracts.events.ReviewRequested;
import org.foiplatform.intake.domain.InformationRequest;
import org.foiplatform.intake.domain.Reference;
import org.foiplatform.intake.domain.RequestProgress;
import org.foiplatform.intake.domain.TimelineEntry;
import org.foiplatform.intake.domain.TrackingToken;
import org.foiplatform.intake.domain.Violation;
import org.foiplatform.messaging.EventRecorder;

/**
 * What the holder of a request's tracking token may see and do. A wrong token is treated exactly as an unknown
 * reference (empty), so references cannot be probed. Each action checks that it fits the request's status, updates
 * the status view and records its event in the outbox, in one transaction.
 */
@ApplicationScoped
public class RequesterAccess {

    /** Longest clarification, reason or grounds: the same as one question. */
    static final int MAX_TEXT = InputLimits.MAX_QUESTION_LENGTH;

    private final RequestRepository requests;
    private final ProgressRepository progress;
    private final EventRecorder events;
    private final Clock clock;
    private final ZoneId zone;

    public RequesterAccess(RequestRepository requests, ProgressRepository progress, EventRecorder events, Clock clock,
            IntakeConfig config) {
        this.requests = requests;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
    }

    /** A request as its requester sees it. */
    public record Tracked(InformationRequest request, RequestProgress progress, List<TimelineEntry> timeline,
            LocalDate today) {

        public boolean reviewWouldBeLate() {
            return progress.reviewWouldBeLate(today);
        }
    }

    /** The request if {@code token} is its tracking token; empty for an unknown reference or a wrong token alike. */
    public Optional<Tracked> open(String reference, String token) {
        Optional<Reference> ref = parse(reference);
        if (ref.isEmpty() || token == null) {
            return Optional.empty();
        }
        Optional<InformationRequest> request = requests.find(ref.get());
        if (request.isEmpty() || !TrackingToken.matches(token, request.get().trackingTokenHash())) {
            return Optional.empty();
        }
        RequestProgress current = progress.find(ref.get()).orElseGet(() -> RequestProgress.received(ref.get()));
        return Optional.of(new Tracked(request.get(), current, progress.timeline(ref.get()), today()));
    }

    /** The outcome of an action: done, not found (or wrong token), not fitting the status, or invalid text. */
    public sealed interface Outcome {
        record Done() implements Outcome {
        }

        record NotFound() implements Outcome {
        }

        record NotNow(String reason) implements Outcome {
        }

        record Invalid(Violation violation) implements Outcome {
        }
    }

    /** FOIA s.1(3): the requester answers the authority's question; the clock starts again on receipt. */
    @Transactional
    public Outcome clarify(String reference, String token, String text) {
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty()) {
            return new Outcome.Invalid(new Violation("text", "Enter your answer to our question"));
        }
        Optional<Outcome.Invalid> bad = checkText("text", answer, "answer");
        if (bad.isPresent()) {
            return bad.get();
        }
        return act(reference, token, p -> {
            TimelineEntry entry = p.clarificationProvided(today());
            record(p.reference(), EventType.CLARIFICATION_PROVIDED,
                    new ClarificationProvided(p.reference().value(), clock.instant(), answer));
            return entry;
        });
    }

    @Transactional
    public Outcome withdraw(String reference, String token, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null) {
            Optional<Outcome.Invalid> bad = checkText("reason", why, "reason");
            if (bad.isPresent()) {
                return bad.get();
            }
        }
        return act(reference, token, p -> {
            TimelineEntry entry = p.withdraw(today());
            record(p.reference(), EventType.REQUEST_WITHDRAWN,
                    new RequestWithdrawn(p.reference().value(), clock.instant(), why));
            return entry;
        });
    }

    /** An internal review (FOIA Code of Practice Part 5); one asked after the review date is taken, as late. */
    @Transactional
    public Outcome askForReview(String reference, String token, String grounds) {
        String why = grounds == null ? "" : grounds.strip();
        if (why.isEmpty()) {
            return new Outcome.Invalid(new Violation("grounds", "Tell us why you are not satisfied with our answer"));
        }
        Optional<Outcome.Invalid> bad = checkText("grounds", why, "reasons");
        if (bad.isPresent()) {
            return bad.get();
        }
        return act(reference, token, p -> {
            TimelineEntry entry = p.askForReview(today());
            record(p.reference(), EventType.REVIEW_REQUESTED,
                    new ReviewRequested(p.reference().value(), clock.instant(), why));
            return entry;
        });
    }

    private Outcome act(String reference, String token, Function<RequestProgress, TimelineEntry> action) {
        Optional<Reference> ref = parse(reference);
        if (ref.isEmpty() || token == null) {
            return new Outcome.NotFound();
        }
        Optional<InformationRequest> request = requests.find(ref.get());
        if (request.isEmpty() || !TrackingToken.matches(token, request.get().trackingTokenHash())) {
            return new Outcome.NotFound();
        }
        Optional<RequestProgress> current = progress.findForUpdate(ref.get());
        if (current.isEmpty()) {
            return new Outcome.NotFound();
        }
        TimelineEntry entry;
        try {
            entry = action.apply(current.get());
        } catch (RequestProgress.NotAllowedNow e) {
            return new Outcome.NotNow(e.getMessage());
        }
        progress.save(current.get());
        progress.append(ref.get(), entry);
        return new Outcome.Done();
    }

    private void record(Reference reference, EventType type, Record payload) {
        Optional<UUID> correlation = progress.correlation(reference);
        if (correlation.isPresent()) {
            events.record(type, reference.value(), payload, correlation.get(), null);
        } else {
            events.record(type, reference.value(), payload);
        }
    }

    private static Optional<Outcome.Invalid> checkText(String field, String text, String what) {
        if (InputLimits.hasControlCharacters(text)) {
            return Optional.of(new Outcome.Invalid(new Violation(field,
                    "Remove the hidden control characters from your " + what)));
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            return Optional.of(new Outcome.Invalid(new Violation(field,
                    "Your " + what + " must be " + MAX_TEXT + " characters or fewer")));
        }
        return Optional.empty();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static Optional<Reference> parse(String reference) {
        try {
            return reference == null ? Optional.empty() : Optional.of(new Reference(reference));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
