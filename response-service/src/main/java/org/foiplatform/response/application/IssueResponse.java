package org.foiplatform.response.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.DecisionApproved;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.messaging.EventRecorder;
import org.foiplatform.response.domain.LetterContent;
import org.foiplatform.response.domain.OutcomeWording;
import org.foiplatform.response.domain.ResponseLetter;
import org.jboss.logging.Logger;

/**
 * Assembles, stores and issues the response letter when a decision is approved. Called once per event:
 * the messaging runtime's inbox skips a redelivery before it gets here.
 */
@ApplicationScoped
public class IssueResponse {

    private static final Logger LOG = Logger.getLogger(IssueResponse.class);

    private final LetterRepository letters;
    private final LetterRenderer renderer;
    private final EventRecorder events;
    private final AuthorityProfile profile;
    private final Clock clock;

    public IssueResponse(LetterRepository letters, LetterRenderer renderer, EventRecorder events,
            AuthorityProfile profile, Clock clock) {
        this.letters = letters;
        this.renderer = renderer;
        this.events = events;
        this.profile = profile;
        this.clock = clock;
    }

    /** A version 1 decision: outcomes and answers only, under FOIA. */
    @Transactional
    public void issue(DecisionApproved decision) {
        issue(new LetterContent(decision.reference(), today(),
                profile.authority().name(), profile.authority().email(), profile.authority().address(),
                ResponseLetter.subjectFor(decision.reference()), OutcomeWording.law("FOIA"), null, null, null, false,
                null, decision.outcomes().stream().map(o -> new LetterContent.Answer(o.number(), o.question(),
                        OutcomeWording.of(o.outcome()), o.answer())).toList()));
    }

    /** A version 2 decision: everything the letter says comes with it. */
    @Transactional
    public void issue(DecisionApprovedV2 decision) {
        issue(new LetterContent(decision.reference(), decision.decidedOn(),
                profile.authority().name(), profile.authority().email(), profile.authority().address(),
                ResponseLetter.subjectFor(decision.reference()), OutcomeWording.law(decision.regime()),
                decision.requester().name(), decision.receivedOn(), decision.dueDate(), decision.late(),
                decision.reviewBy(), decision.questions().stream().map(IssueResponse::answer).toList()));
    }

    private static LetterContent.Answer answer(DecisionApprovedV2.Question q) {
        return new LetterContent.Answer(q.number(), q.question(), OutcomeWording.of(q.outcome()), q.answer(),
                q.exemptions().stream().map(e -> new LetterContent.Citation(e.provision(), e.title(), e.absolute(),
                        e.reason(), e.availableAt(), e.publicInterest() == null ? null : e.publicInterest().forDisclosure(),
                        e.publicInterest() == null ? null : e.publicInterest().againstDisclosure(),
                        e.publicInterest() == null ? null : e.publicInterest().conclusion())).toList(),
                estimate(q.costEstimate()), q.advice());
    }

    private static LetterContent.Estimate estimate(DecisionApprovedV2.CostEstimate e) {
        if (e == null) {
            return null;
        }
        return new LetterContent.Estimate(e.regulations(), e.items().stream().map(i -> new LetterContent.Line(
                i.activity().toLowerCase(java.util.Locale.UK), i.units(), plain(i.minutesPerUnit()), plain(i.hours()),
                i.explanation())).toList(), plain(e.hours()), money(e.costPounds()), money(e.limitPounds()),
                plain(e.limitHours()), money(e.poundsPerHour()));
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String money(java.math.BigDecimal pounds) {
        if (pounds == null) {
            return null;
        }
        java.math.BigDecimal scaled = pounds.setScale(2, java.math.RoundingMode.HALF_UP);
        String text = String.format(java.util.Locale.UK, "£%,.2f", scaled);
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of(profile.zone()));
    }

    private void issue(LetterContent content) {
        Instant now = clock.instant();
        ResponseLetter letter = new ResponseLetter(UUID.randomUUID(), content.reference(),
                letters.latestVersion(content.reference()) + 1, now, content.subject(), renderer.renderHtml(content));
        letters.add(letter);
        events.record(EventType.RESPONSE_ISSUED, letter.reference(), new ResponseIssued(letter.reference(),
                letter.id(), letter.version(), letter.issuedAt(), letter.subject(), letter.html()));
        LOG.infof("Issued letter %s version %d for %s", letter.id(), letter.version(), letter.reference());
    }
}
