package org.foiplatform.response.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.EventEnvelope;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.outbox.EventRecorder;
import org.foiplatform.contracts.outbox.Inbox;
import org.foiplatform.contracts.events.DecisionApproved;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.response.domain.LetterContent;
import org.foiplatform.response.domain.OutcomeWording;
import org.foiplatform.response.domain.ResponseLetter;
import org.jboss.logging.Logger;

/** Assembles, stores and issues the response letter when a decision is approved. */
@ApplicationScoped
public class IssueResponse {

    static final String CONSUMER = "response-service.issue-response";
    private static final Logger LOG = Logger.getLogger(IssueResponse.class);

    private final LetterRepository letters;
    private final LetterRenderer renderer;
    private final EventRecorder events;
    private final Inbox inbox;
    private final AuthorityProfile profile;
    private final Clock clock;

    public IssueResponse(LetterRepository letters, LetterRenderer renderer, EventRecorder events, Inbox inbox,
            AuthorityProfile profile, Clock clock) {
        this.letters = letters;
        this.renderer = renderer;
        this.events = events;
        this.inbox = inbox;
        this.profile = profile;
        this.clock = clock;
    }

    @Transactional
    public void on(EventEnvelope event, DecisionApproved decision) {
        if (!inbox.firstDelivery(CONSUMER, event.eventId())) {
            LOG.infof("Skipped duplicate %s %s for %s", event.type(), event.eventId(), event.reference());
            return;
        }
        Instant now = clock.instant();
        String subject = ResponseLetter.subjectFor(decision.reference());
        LetterContent content = new LetterContent(decision.reference(),
                LocalDate.ofInstant(now, ZoneId.of(profile.zone())), profile.authority().name(),
                profile.authority().email(), profile.authority().address(), subject,
                decision.outcomes().stream().map(o -> new LetterContent.Answer(o.number(), o.question(),
                        OutcomeWording.of(o.outcome()), o.answer())).toList());
        ResponseLetter letter = new ResponseLetter(UUID.randomUUID(), decision.reference(),
                letters.latestVersion(decision.reference()) + 1, now, subject, renderer.renderHtml(content));
        letters.add(letter);
        events.record(EventType.RESPONSE_ISSUED, letter.reference(), new ResponseIssued(letter.reference(),
                letter.id(), letter.version(), letter.issuedAt(), letter.subject(), letter.html()), event);
        LOG.infof("Issued letter %s version %d for %s from event %s", letter.id(), letter.version(),
                letter.reference(), event.eventId());
    }
}
