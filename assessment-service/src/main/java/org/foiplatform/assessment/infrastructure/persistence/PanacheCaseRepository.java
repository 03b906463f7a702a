package org.foiplatform.assessment.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.CaseRepository;
import org.foiplatform.assessment.domain.CaseQuestion;
import org.foiplatform.assessment.domain.InformationCase;

@ApplicationScoped
public class PanacheCaseRepository implements CaseRepository {

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

    private static void copy(InformationCase from, CaseEntity to) {
        to.regime = from.regime();
        to.receivedOn = from.receivedOn();
        to.dueDate = from.dueDate();
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
    }

    private static InformationCase toDomain(CaseEntity e) {
        return new InformationCase(e.reference, e.correlationId, e.regime, e.receivedOn, e.dueDate, e.status,
                e.questions.stream().map(q -> new CaseQuestion(q.number, q.text, q.outcome, q.answer)).toList(),
                e.approvedBy, e.approvedAt);
    }
}
