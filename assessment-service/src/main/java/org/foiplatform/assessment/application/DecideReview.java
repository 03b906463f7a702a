package org.foiplatform.assessment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.Review;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.ReviewDecided;
import org.foiplatform.messaging.EventRecorder;
import org.jboss.logging.Logger;

/**
 * An officer who neither drafted nor approved the original decision decides the internal review, question by
 * question, and {@code ReviewDecided} is published for the letter and the email.
 */
@ApplicationScoped
public class DecideReview {

    private static final Logger LOG = Logger.getLogger(DecideReview.class);

    private final CaseRepository cases;
    private final EventRecorder events;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Clocks clocks;
    private final int extendedDays;

    public DecideReview(CaseRepository cases, EventRecorder events, AuditTrail audit, Clock clock,
            AssessmentConfig config, Clocks clocks) {
        this.clocks = clocks;
        this.extendedDays = config.reviewExtendedWorkingDays();
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.zone = ZoneId.of(config.zone());
    }

    /** A FOIA review given longer in an exceptional case (the Code of Practice: 40 working days in all). */
    @Transactional
    public InformationCase extend(String reference, String reason, String officer) {
        InformationCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        c.extendReview(reason, extendedDays, officer, clock.instant(), clocks.current().clock());
        cases.update(c);
        audit.record(officer, "REVIEW_EXTENDED", reference, reason, null);
        return c;
    }

    @Transactional
    public InformationCase decide(String reference, List<Review.QuestionFinding> findings, String reviewer) {
        InformationCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        c.decideReview(findings, reviewer, LocalDate.now(clock.withZone(zone)), clock.instant());
        cases.update(c);
        Review review = c.review();
        events.record(EventType.REVIEW_DECIDED, reference, new ReviewDecided(reference, c.regime().name(),
                review.requestedOn(), review.dueDate(), review.decidedOn(), review.late(), reviewer,
                review.outcome().name(), review.findings().stream().map(f -> {
                    CaseQuestion q = c.questions().stream().filter(x -> x.number() == f.question()).findFirst()
                            .orElseThrow();
                    return new ReviewDecided.Question(q.number(), q.text(),
                            q.outcome() == null ? null : q.outcome().name(), f.finding().name(), f.reasons());
                }).toList()), c.correlationId(), null);
        audit.record(reviewer, "REVIEW_DECIDED", reference, review.outcome().name(), null);
        LOG.infof("Internal review of %s decided by %s: %s", reference, reviewer, review.outcome());
        return c;
    }
}
