package org.foiplatform.assessment.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.foiplatform.assessment.application.CaseRepository;
import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.CitedExemption;
import org.foiplatform.assessment.domain.CostLimit;
import org.foiplatform.assessment.domain.Decision;
import org.foiplatform.assessment.domain.Review;
import org.foiplatform.assessment.domain.ClockEvent;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.TimelineEntry;


@ApplicationScoped
public class PanacheCaseRepository implements CaseRepository {

    private static final List<CaseStatus> OPEN = java.util.Arrays.stream(CaseStatus.values())
            .filter(CaseStatus::isOpen).toList();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    /** What a decided question keeps besides its outcome and answer, stored whole as JSON. */
    private record QuestionDetail(List<CitedExemption> exemptions, CostLimit.Estimate costEstimate, String advice) {
    }
    private static final List<CaseStatus> STOPPED = java.util.Arrays.stream(CaseStatus.values())
            .filter(CaseStatus::clockStopped).toList();

    @Override
    public Optional<InformationCase> find(String reference) {
        return CaseEntity.<CaseEntity>findByIdOptional(reference).map(PanacheCaseRepository::toDomain);
    }

    @Override
    public boolean exists(String reference) {
        // A look-up by primary key: Panache's count(...) builds a new count query on every call, which was the
        // largest single cost of opening a case (./foi bench, 30 November 2026).
        return CaseEntity.getEntityManager().find(CaseEntity.class, reference) != null;
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
        // References only: the re-dating loads each case itself, in a transaction of its own.
        return references("c.calendarRevision < ?1 and c.status in ?2", after, limit, revision, OPEN);
    }

    @Override
    @Transactional
    public long countOpenDatedBefore(long revision) {
        return CaseEntity.count("calendarRevision < ?1 and status in ?2", revision, OPEN);
    }

    @Override
    @Transactional
    public List<String> stopped(String after, int limit) {
        return references("c.status in ?1", after, limit, STOPPED);
    }

    @Override
    @Transactional
    public List<String> openDueBy(java.time.LocalDate horizon, String after, int limit) {
        return references("c.status in ?1 and c.dueDate <= ?2", after, limit, OPEN, horizon);
    }

    @Override
    @Transactional
    public List<String> reviewsDueBy(java.time.LocalDate horizon, String after, int limit) {
        return references("c.status = ?1 and c.reviewDue <= ?2", after, limit, CaseStatus.REVIEW_OPEN, horizon);
    }

    /**
     * A page of references of the cases matching {@code where} (its parameters numbered from ?1), in reference
     * order after {@code after}: how every sweep walks the cases without loading them.
     */
    private static List<String> references(String where, String after, int limit, Object... parameters) {
        var query = CaseEntity.getEntityManager().createQuery("select c.reference from CaseEntity c where " + where
                + " and c.reference > ?" + (parameters.length + 1) + " order by c.reference", String.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.setParameter(parameters.length + 1, after).setMaxResults(limit).getResultList();
    }

    private static void copy(InformationCase from, CaseEntity to) {
        to.regime = from.regime();
        to.receivedOn = from.receivedOn();
        to.dueDate = from.dueDate();
        to.workingDays = from.workingDays();
        to.calendarRevision = from.calendarRevision();
        to.status = from.status();
        to.requesterName = from.requesterName();
        Review review = from.review();
        to.reviewRequestedOn = review == null ? null : review.requestedOn();
        to.reviewGrounds = review == null ? null : review.grounds();
        to.reviewDue = review == null ? null : review.dueDate();
        to.reviewer = review == null ? null : review.reviewer();
        to.reviewDecidedOn = review == null ? null : review.decidedOn();
        to.reviewOutcome = review == null || review.outcome() == null ? null : review.outcome().name();
        to.reviewFindings = review == null || review.findings().isEmpty() ? null : writeJson(review.findings());
        to.assignedTeam = from.assignment().team();
        to.assignedTo = from.assignment().officer();
        Decision decision = from.decision();
        to.draftedBy = decision.draftedBy();
        to.draftedAt = decision.draftedAt();
        to.approvedBy = decision.approvedBy();
        to.approvedAt = decision.approvedAt();
        to.decidedOn = decision.decidedOn();
        to.reviewBy = decision.reviewBy();
        // Questions change only with a decision: leave the rows alone otherwise, or every re-dating and clock
        // action would delete and insert them all again (Hibernate rewrites a changed element collection whole).
        List<CaseEntity.QuestionRow> rows = from.questions().stream().map(q -> {
            CaseEntity.QuestionRow row = new CaseEntity.QuestionRow();
            row.number = q.number();
            row.text = q.text();
            row.outcome = q.outcome();
            row.answer = q.answer();
            row.detail = q.outcome() == null ? null : write(new QuestionDetail(q.exemptions(), q.costEstimate(),
                    q.advice()));
            return row;
        }).toList();
        if (!sameQuestions(to.questions, rows)) {
            to.questions.clear();
            to.questions.addAll(rows);
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

    private static boolean sameQuestions(List<CaseEntity.QuestionRow> stored, List<CaseEntity.QuestionRow> wanted) {
        if (stored.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            CaseEntity.QuestionRow a = stored.get(i);
            CaseEntity.QuestionRow b = wanted.get(i);
            if (a.number != b.number || !java.util.Objects.equals(a.text, b.text) || a.outcome != b.outcome
                    || !java.util.Objects.equals(a.answer, b.answer) || !java.util.Objects.equals(a.detail, b.detail)) {
                return false;
            }
        }
        return true;
    }

    private static InformationCase toDomain(CaseEntity e) {
        return new InformationCase(e.reference, e.correlationId, e.regime, e.receivedOn,
                e.clock.stream().map(c -> new ClockEvent(c.kind, c.on, c.amount, c.reason)).toList(),
                e.dueDate, e.workingDays, e.calendarRevision, e.status,
                e.questions.stream().map(PanacheCaseRepository::question).toList(), e.requesterName,
                new Decision(e.draftedBy, e.draftedAt, e.approvedBy, e.approvedAt, e.decidedOn, e.reviewBy),
                new InformationCase.Assignment(e.assignedTeam, e.assignedTo), review(e),
                e.timeline.stream().map(t -> new TimelineEntry(t.at, t.what, t.detail, t.actor, t.previousDueDate,
                        t.dueDate)).toList());
    }

    private static CaseQuestion question(CaseEntity.QuestionRow q) {
        QuestionDetail detail = q.detail == null ? new QuestionDetail(List.of(), null, null) : read(q.detail);
        return new CaseQuestion(q.number, q.text, q.outcome, q.answer, detail.exemptions(), detail.costEstimate(),
                detail.advice());
    }

    private static Review review(CaseEntity e) {
        if (e.reviewRequestedOn == null) {
            return null;
        }
        List<Review.QuestionFinding> findings;
        try {
            findings = e.reviewFindings == null ? List.of() : JSON.readValue(e.reviewFindings,
                    JSON.getTypeFactory().constructCollectionType(List.class, Review.QuestionFinding.class));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("The review of " + e.reference + " cannot be read: " + ex.getMessage(), ex);
        }
        return new Review(e.reviewRequestedOn, e.reviewGrounds, e.reviewDue, e.reviewer, e.reviewDecidedOn,
                e.reviewOutcome == null ? null : Review.Finding.valueOf(e.reviewOutcome), findings);
    }

    private static String writeJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a review", e);
        }
    }

    private static String write(QuestionDetail detail) {
        try {
            return JSON.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a question's decision", e);
        }
    }

    private static QuestionDetail read(String json) {
        try {
            return JSON.readValue(json, QuestionDetail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A question's stored decision cannot be read: " + e.getMessage(), e);
        }
    }
}
