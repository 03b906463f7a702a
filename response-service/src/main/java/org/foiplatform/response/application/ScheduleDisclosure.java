package org.foiplatform.response.application;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.response.domain.Anonymiser;
import org.foiplatform.response.domain.DisclosureEntry;
import org.foiplatform.response.domain.DisclosurePolicy;
import org.foiplatform.response.domain.WorkingDays;
import org.jboss.logging.Logger;

/**
 * Puts an issued response on the disclosure log, anonymised, due a few working days after the letter so that the
 * requester reads it before the world does. Called by {@link IssueResponse} in the transaction that stores the
 * letter: the entry commits with the letter or not at all.
 */
@ApplicationScoped
public class ScheduleDisclosure {

    private static final Logger LOG = Logger.getLogger(ScheduleDisclosure.class);

    private final DisclosureLog log;
    private final WorkingDays workingDays;
    private final int delayWorkingDays;

    public ScheduleDisclosure(DisclosureLog log, WorkingDays workingDays,
            DisclosureConfig config) {
        int delayWorkingDays = config.delayWorkingDays();
        if (delayWorkingDays < 0) {
            throw new IllegalArgumentException("foi.response.disclosure.delay-working-days must not be negative");
        }
        this.log = log;
        this.workingDays = workingDays;
        this.delayWorkingDays = delayWorkingDays;
    }

    /**
     * Stores the entry (or replaces the one for the same reference), unless the response may not be published:
     * a subject access request, or no consent. Joins the caller's transaction (starts one if there is none).
     */
    @Transactional
    public void schedule(DisclosureCandidate candidate) {
        String notPublished = DisclosurePolicy.reasonNotToPublish(candidate.regime(), candidate.consentToPublish());
        if (notPublished != null) {
            LOG.infof("Not put on the disclosure log: %s (%s)", candidate.reference(), notPublished);
            return;
        }
        Anonymiser anonymiser = new Anonymiser(candidate.requesterName());
        List<DisclosureEntry.Question> questions = candidate.questions().stream()
                .map(q -> new DisclosureEntry.Question(q.number(), anonymiser.mask(q.question()), q.outcome(),
                        anonymiser.mask(q.answer()), q.exemptions()))
                .toList();
        Set<String> exemptions = new LinkedHashSet<>();
        questions.forEach(q -> exemptions.addAll(q.exemptions()));
        LocalDate publishOn = workingDays.after(candidate.respondedOn(), delayWorkingDays,
                WorkingDays.Holidays.forRegime(candidate.regime()));
        log.save(new DisclosureEntry(UUID.randomUUID(), candidate.reference(), candidate.letterId(),
                candidate.regime(), candidate.caseOutcome(), candidate.respondedOn(), publishOn, null, null, null,
                DisclosurePolicy.titleOf(questions, candidate.reference()), questions, List.copyOf(exemptions),
                anonymiser.mask(candidate.letterHtml() == null ? "" : candidate.letterHtml())));
        LOG.infof("Disclosure log entry for %s due on %s", candidate.reference(), publishOn);
    }
}
