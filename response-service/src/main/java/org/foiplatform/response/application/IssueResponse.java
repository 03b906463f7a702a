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

    @Transactional
    public void issue(DecisionApproved decision) {
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
                letter.id(), letter.version(), letter.issuedAt(), letter.subject(), letter.html()));
        LOG.infof("Issued letter %s version %d for %s", letter.id(), letter.version(), letter.reference());
    }
}
