package org.foiplatform.assessment.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.application.CaseRepository;
import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.ClockEvent;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.TimelineEntry;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheCaseRepository implements CaseRepository {

    private static final List<CaseStatus> OPEN = List.of(CaseStatus.OPEN, CaseStatus.AWAITING_CLARIFICATION,
            CaseStatus.FEE_PENDING);
    private static final List<CaseStatus> STOPPED = List.of(CaseStatus.AWAITING_CLARIFICATION, CaseStatus.FEE_PENDING);

    @Override
    public Optional<InformationCase> find(String reference) {
        return CaseEntity.<CaseEntity>findByIdOptional(reference).map(PanacheCaseRepository::toDomain);
    }

    @Override
    public boolean exists(String reference) {
        return CaseEntity.count("reference", reference) > 0;
    }

    @Override
    public void add(InformationCase informationCase) {
        CaseEntity entity = new CaseEntity();
        entity.reference = informationCase.reference();
        entity.correlationId = informationCase.correlationId();
        copy(informationCase, entity);
        entity.persist();
    }

    @Override
    public void update(InformationCase informationCase) {
        CaseEntity entity = CaseEntity.findById(informationCase.reference());
        copy(informationCase, entity);
        // Flush now so that a concurrent change (the @Version check) is refused here, as a 409, not at commit.
        CaseEntity.flush();
    }

    // The background re-dating calls these from its own thread: each needs a transaction of its own there.
    @Override
    @Transactional
    public List<String> openDatedBefore(long revision, String after, int limit) {
        return CaseEntity.<CaseEntity>find("calendarRevision < ?1 and status in ?2 and reference > ?3",
                Sort.by("reference"), revision, OPEN, after).page(Page.ofSize(limit)).list()
                .stream().map(e -> e.reference).toList();
    }

    @Override
    @Transactional
    public long countOpenDatedBefore(long revision) {
        return CaseEntity.count("calendarRevision < ?1 and status in ?2", revision, OPEN);
    }

    @Override
    @Transactional
    public List<String> stopped(String after, int limit) {
        return CaseEntity.<CaseEntity>find("status in ?1 and reference > ?2", Sort.by("reference"), STOPPED, after)
                .page(Page.ofSize(limit)).list().stream().map(e -> e.reference).toList();
    }

    private static void copy(InformationCase from, CaseEntity to) {
        to.regime = from.regime();
        to.receivedOn = from.receivedOn();
        to.dueDate = from.dueDate();
        to.workingDays = from.workingDays();
        to.calendarRevision = from.calendarRevision();
        to.status = from.status();
        to.approvedBy = from.approvedBy();
        to.approvedAt = from.approvedAt();
        to.questions.clear();
        for (CaseQuestion q : from.questions()) {
            CaseEntity.QuestionRow row = new CaseEntity.QuestionRow();
            row.number = q.number();
            row.text = q.text();
            row.outcome = q.outcome();
            row.answer = q.answer();
            to.questions.add(row);
        }
        // The clock history and the timeline only grow: append what is new, so old rows are not rewritten.
        List<ClockEvent> clock = from.clock();
        for (int i = to.clock.size(); i < clock.size(); i++) {
            CaseEntity.ClockRow row = new CaseEntity.ClockRow();
            row.kind = clock.get(i).kind();
            row.on = clock.get(i).on();
            row.amount = clock.get(i).amount();
            row.reason = clock.get(i).reason();
            to.clock.add(row);
        }
        List<TimelineEntry> timeline = from.timeline();
        for (int i = to.timeline.size(); i < timeline.size(); i++) {
            TimelineEntry t = timeline.get(i);
            CaseEntity.TimelineRow row = new CaseEntity.TimelineRow();
            row.at = t.at();
            row.what = t.what();
            row.detail = t.detail();
            row.actor = t.actor();
            row.previousDueDate = t.previousDueDate();
            row.dueDate = t.dueDate();
            to.timeline.add(row);
        }
    }

    private static InformationCase toDomain(CaseEntity e) {
        return new InformationCase(e.reference, e.correlationId, e.regime, e.receivedOn,
                e.clock.stream().map(c -> new ClockEvent(c.kind, c.on, c.amount, c.reason)).toList(),
                e.dueDate, e.workingDays, e.calendarRevision, e.status,
                e.questions.stream().map(q -> new CaseQuestion(q.number, q.text, q.outcome, q.answer)).toList(),
                e.approvedBy, e.approvedAt,
                e.timeline.stream().map(t -> new TimelineEntry(t.at, t.what, t.detail, t.actor, t.previousDueDate,
                        t.dueDate)).toList());
    }
}
