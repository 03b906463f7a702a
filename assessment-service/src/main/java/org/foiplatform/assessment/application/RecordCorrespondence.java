package org.foiplatform.assessment.application;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.TimelineEntry;
import org.foiplatform.contracts.events.LetterBlocked;
import org.foiplatform.contracts.events.NotificationSent;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.contracts.events.ResponseIssuedV2;
import org.jboss.logging.Logger;

/**
 * Puts what other services did about a case on its timeline: the response letter issued (ResponseIssued, which
 * moves an approved case to responded), a letter held back by a compliance check (LetterBlocked, which sends the
 * case back to be put right) and each email sent (NotificationSent).
 */
@ApplicationScoped
public class RecordCorrespondence {

    private static final Logger LOG = Logger.getLogger(RecordCorrespondence.class);
    /** How the timeline names each email notification-service sends. */
    static final Map<String, String> EMAILS = Map.ofEntries(
            Map.entry("acknowledgement", "the acknowledgement"),
            Map.entry("due-date-changed", "the new due date"),
            Map.entry("response", "the response letter"),
            Map.entry("clarification-requested", "the request for clarification"),
            Map.entry("fees-notice", "the fees notice"),
            Map.entry("deadline-extended", "the extended deadline"),
            Map.entry("review-received", "the acknowledgement of the review request"),
            Map.entry("review-outcome", "the internal review's letter"),
            Map.entry("withdrawal-confirmed", "the confirmation of the withdrawal"),
            Map.entry("officer-deadline-approaching", "to the team: the deadline is near"),
            Map.entry("officer-deadline-missed", "to the team: the deadline was missed"),
            Map.entry("officer-letter-blocked", "to the team: the letter was blocked"),
            Map.entry("officer-notification-failed", "to the team: an email could not be delivered"),
            Map.entry("lapsed", "the notice that the request lapsed"),
            Map.entry("officer-case-assigned", "to the officer: the case was assigned"),
            Map.entry("officer-approval-requested", "to the approvers: a decision awaits approval"));

    private final CaseRepository cases;
    private final CaseTimeline timeline;

    public RecordCorrespondence(CaseRepository cases, CaseTimeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    @Transactional
    public void responseIssued(ResponseIssued issued) {
        InformationCase c = cases.find(issued.reference()).orElse(null);
        if (c == null) {
            LOG.warnf("A response was issued for %s, but there is no such case here", issued.reference());
            return;
        }
        c.responseIssued(issued.letterVersion(), issued.subject(), issued.issuedAt());
        cases.update(c);
    }

    @Transactional
    public void responseIssued(ResponseIssuedV2 issued) {
        InformationCase c = cases.find(issued.reference()).orElse(null);
        if (c == null) {
            LOG.warnf("A letter was issued for %s, but there is no such case here", issued.reference());
            return;
        }
        c.responseIssued("REVIEW".equals(issued.kind()), issued.letterVersion(), issued.subject(), issued.issuedAt());
        cases.update(c);
    }

    @Transactional
    public void letterBlocked(LetterBlocked blocked) {
        InformationCase c = cases.find(blocked.reference()).orElse(null);
        if (c == null) {
            LOG.warnf("A letter was blocked for %s, but there is no such case here", blocked.reference());
            return;
        }
        c.letterBlocked("REVIEW".equals(blocked.kind()), blocked.letterVersion(), blocked.findings().stream()
                .filter(f -> "BLOCKING".equals(f.severity())).map(LetterBlocked.Finding::message).toList(),
                blocked.blockedAt());
        cases.update(c);
        LOG.warnf("Letter version %d for %s was blocked by response-service's compliance check",
                blocked.letterVersion(), blocked.reference());
    }

    /** An email that the requester wanted by post instead: a print-and-post task on the timeline. */
    @Transactional
    public void postalReplyNeeded(org.foiplatform.contracts.events.PostalReplyNeeded needed) {
        if (!timeline.append(needed.reference(), TimelineEntry.printAndPost(EMAILS.getOrDefault(needed.kind(),
                needed.kind()), needed.postalAddress(), needed.createdAt()))) {
            LOG.warnf("A postal reply is needed for %s, but there is no such case here", needed.reference());
        }
    }

    @Transactional
    public void emailSent(NotificationSent sent) {
        // Appended without loading the case: one of these comes with every request (the acknowledgement).
        if (!timeline.append(sent.reference(), TimelineEntry.emailSent(EMAILS.getOrDefault(sent.kind(), sent.kind()),
                sent.sentAt()))) {
            LOG.warnf("An email was sent for %s, but there is no such case here", sent.reference());
        }
    }
}
