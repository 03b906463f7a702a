package org.foiplatform.response.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.DecisionApproved;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.contracts.events.LetterBlocked;
import org.foiplatform.contracts.events.ResponseIssuedV2;
import org.foiplatform.contracts.events.ReviewDecided;
import org.foiplatform.messaging.EventRecorder;
import org.foiplatform.response.domain.DisclosurePolicy;
import org.foiplatform.response.domain.Finding;
import org.foiplatform.response.domain.Letter;
import org.foiplatform.response.domain.LetterContent;
import org.foiplatform.response.domain.LetterDocument;
import org.foiplatform.response.domain.LetterKind;
import org.foiplatform.response.domain.LetterStatus;
import org.foiplatform.response.domain.WorkingDays;
import org.jboss.logging.Logger;

/**
 * Drafts, checks, renders, stores and issues a letter when a decision is approved or an internal review decided.
 * A letter that fails a blocking compliance rule is stored as BLOCKED with its findings and {@code LetterBlocked} is
 * published: nothing is rendered for the requester and nothing is sent. An issued letter is stored with its three
 * renderings, and {@code ResponseIssued} (version 2) says where to fetch them (a claim check, ADR 0009), all in the
 * transaction of the event that caused it. Called once per event: the messaging runtime's inbox skips a redelivery.
 */
@ApplicationScoped
public class IssueResponse {

    private static final Logger LOG = Logger.getLogger(IssueResponse.class);

    private final LetterRepository letters;
    private final LetterRenderer renderer;
    private final EventRecorder events;
    private final AuthorityProfiles profiles;
    private final AuthorityProfile config;
    private final Clock clock;
    private final WorkingDays workingDays;
    private final ScheduleDisclosure disclosure;
    private final RequesterAccess requesters;

    public IssueResponse(LetterRepository letters, LetterRenderer renderer, EventRecorder events,
            AuthorityProfiles profiles, AuthorityProfile config, Clock clock, WorkingDays workingDays,
            ScheduleDisclosure disclosure, RequesterAccess requesters) {
        this.letters = letters;
        this.renderer = renderer;
        this.events = events;
        this.profiles = profiles;
        this.config = config;
        this.clock = clock;
        this.workingDays = workingDays;
        this.disclosure = disclosure;
        this.requesters = requesters;
    }

    /** A version 1 decision: outcomes and answers only, under FOIA. */
    @Transactional
    public void issue(DecisionApproved decision) {
        issue(LetterAssembly.decision(decision, profiles.current(), today()));
    }

    /** A version 2 decision: everything the letter says comes with it. */
    @Transactional
    public void issue(DecisionApprovedV2 decision) {
        // The apology of a late response says by how many working days (the regime's working days).
        Integer late = decision.late() && decision.dueDate() != null ? workingDays.between(decision.dueDate(),
                decision.decidedOn(), WorkingDays.Holidays.forRegime(decision.regime())) : null;
        RequesterAccess.Requester requester = requesters.find(decision.reference());
        Letter letter = issue(LetterAssembly.decision(decision, profiles.current(), late)
                .withAddress(requester.postalAddress()));
        // On the disclosure log a few working days later, anonymised, if the requester agreed and it is not a
        // subject access request; in this transaction, so with the letter or not. The anonymous copy of the letter
        // is rendered only for a letter the log will take.
        if (!letter.blocked()
                && DisclosurePolicy.reasonNotToPublish(decision.regime(), requester.consentToPublish()) == null) {
            LetterContent anonymous = letter.content().anonymous();
            disclosure.schedule(new DisclosureCandidate(letter.reference(), letter.id(), decision.regime(),
                    decision.caseOutcome(), decision.decidedOn(), requester.consentToPublish(),
                    decision.requester().name(), decision.questions().stream().map(q -> new DisclosureCandidate
                            .Question(q.number(), q.question(), q.outcome(), q.answer(), q.exemptions().stream()
                                    .map(DecisionApprovedV2.Exemption::provision).toList())).toList(),
                    renderer.html(anonymous)));
        }
    }

    /** An internal review's outcome, addressed to the requester as the decision letter was. */
    @Transactional
    public void issue(ReviewDecided review) {
        LetterContent decision = letters.latest(review.reference(), List.of(LetterStatus.ISSUED,
                LetterStatus.PUBLISHED)).map(Letter::content).orElse(null);
        issue(LetterAssembly.review(review, profiles.current(), decision == null ? null : decision.requesterName(),
                decision == null ? null : decision.receivedOn())
                .withAddress(requesters.find(review.reference()).postalAddress()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of(config.zone()));
    }

    private Letter issue(LetterContent content) {
        Instant now = clock.instant();
        Letter letter = Letter.draft(UUID.randomUUID(), letters.latestVersion(content.reference()) + 1, content, now);
        List<Finding> findings = letter.checkAndIssue(now);
        if (letter.blocked()) {
            letters.add(letter, List.of());
            events.record(EventType.LETTER_BLOCKED, letter.reference(), new LetterBlocked(letter.reference(),
                    letter.id(), letter.version(), letter.kind().name(), now, findings.stream()
                            .map(f -> new LetterBlocked.Finding(f.rule().name(), f.severity().name(), f.question(),
                                    f.message())).toList()));
            LOG.warnf("Letter %s version %d for %s is blocked: %s", letter.id(), letter.version(),
                    letter.reference(), findings.stream().filter(Finding::blocking).map(f -> f.rule().name())
                            .distinct().toList());
            return letter;
        }
        String html = renderer.html(content);
        List<LetterDocument> documents = List.of(
                LetterDocument.text(letter.id(), LetterDocument.Format.HTML, html),
                LetterDocument.text(letter.id(), LetterDocument.Format.TEXT, renderer.text(html)),
                LetterDocument.of(letter.id(), LetterDocument.Format.PDF, renderer.pdf(content)));
        letters.add(letter, documents);
        events.record(EventType.RESPONSE_ISSUED_V2, letter.reference(), new ResponseIssuedV2(letter.reference(),
                letter.id(), letter.version(), letter.kind().name(), letter.regime(), letter.issuedAt(),
                letter.subject(), documents.stream().map(d -> new ResponseIssuedV2.Document(d.format().key(),
                        d.format().mediaType(), d.path(), d.content().length, d.sha256())).toList()));
        LOG.infof("Issued %s letter %s version %d for %s", letter.kind() == LetterKind.REVIEW ? "review" : "response",
                letter.id(), letter.version(), letter.reference());
        return letter;
    }
}
