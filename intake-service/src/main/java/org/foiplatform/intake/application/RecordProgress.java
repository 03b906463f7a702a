package org.foiplatform.intake.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.ClarificationRequested;
import org.foiplatform.contracts.events.DeadlineExtended;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.contracts.events.DueDateChanged;
import org.foiplatform.contracts.events.FeesNoticeIssued;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.contracts.events.ResponseIssuedV2;
import org.foiplatform.contracts.events.ReviewDecided;
import org.foiplatform.contracts.events.RequestLapsed;
import org.foiplatform.contracts.events.WithdrawalRecorded;
import org.foiplatform.intake.domain.Reference;
import org.foiplatform.intake.domain.RequestProgress;
import org.foiplatform.intake.domain.TimelineEntry;
import org.jboss.logging.Logger;

/**
 * Keeps the status view current from the case and response services' events. Each handler runs in the consumer's
 * transaction, after the inbox has recorded the event, so a redelivered event changes nothing. An event about a
 * request intake does not know (one made before this view existed, or another platform's) is logged and skipped,
 * never retried for ever.
 */
@ApplicationScoped
public class RecordProgress {

    private static final Logger LOG = Logger.getLogger(RecordProgress.class);

    private final ProgressRepository progress;
    private final ZoneId zone;

    public RecordProgress(ProgressRepository progress, IntakeConfig config) {
        this.progress = progress;
        this.zone = ZoneId.of(config.zone());
    }

    public void caseOpened(CaseOpened e) {
        apply(e.reference(), p -> p.caseOpened(e.receivedOn(), e.dueDate()));
    }

    public void dueDateChanged(DueDateChanged e) {
        apply(e.reference(), p -> p.dueDateChanged(LocalDate.now(zone), e.dueDate(), e.reason()));
    }

    public void clarificationRequested(ClarificationRequested e) {
        apply(e.reference(), p -> p.clarificationRequested(e.requestedOn(), e.question(), e.lapsesOn()));
    }

    public void feesNoticeIssued(FeesNoticeIssued e) {
        apply(e.reference(), p -> p.feesNoticeIssued(e.issuedOn(), e.amountPounds(), e.lapsesOn()));
    }

    public void deadlineExtended(DeadlineExtended e) {
        apply(e.reference(), p -> p.deadlineExtended(e.extendedOn(), e.dueDate(), e.reason()));
    }

    public void decisionApproved(DecisionApprovedV2 e) {
        apply(e.reference(), p -> p.decisionApproved(e.reviewBy()));
    }

    public void responseIssued(ResponseIssued e) {
        apply(e.reference(), p -> p.responseIssued(e.issuedAt().atZone(zone).toLocalDate(), false));
    }

    public void responseIssued(ResponseIssuedV2 e) {
        apply(e.reference(), p -> p.responseIssued(e.issuedAt().atZone(zone).toLocalDate(), "REVIEW".equals(e.kind())));
    }

    public void requestLapsed(RequestLapsed e) {
        apply(e.reference(), p -> p.lapsed(e.lapsedOn(), "FEE".equals(e.waitingFor())));
    }

    public void withdrawalRecorded(WithdrawalRecorded e) {
        apply(e.reference(), p -> p.withdrawalRecorded(e.withdrawnOn()));
    }

    public void reviewDecided(ReviewDecided e) {
        apply(e.reference(), p -> p.reviewDecided(e.decidedOn(), e.outcome()));
    }

    private void apply(String reference, Function<RequestProgress, Optional<TimelineEntry>> change) {
        Reference ref;
        try {
            ref = new Reference(reference);
        } catch (IllegalArgumentException e) {
            LOG.warnf("Skipped an event about %s: not a request reference", reference);
            return;
        }
        Optional<RequestProgress> found = progress.findForUpdate(ref);
        if (found.isEmpty()) {
            LOG.infof("Skipped an event about %s: intake has no such request", reference);
            return;
        }
        Optional<TimelineEntry> entry = change.apply(found.get());
        progress.save(found.get());
        entry.ifPresent(en -> progress.append(ref, en));
    }
}
