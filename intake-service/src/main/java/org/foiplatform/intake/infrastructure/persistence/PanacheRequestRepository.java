package org.foiplatform.intake.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.foiplatform.intake.application.IdempotencyKeyTakenException;
import org.foiplatform.intake.application.RequestRepository;
import org.hibernate.exception.ConstraintViolationException;
import org.foiplatform.intake.domain.InformationRequest;
import org.foiplatform.intake.domain.Question;
import org.foiplatform.intake.domain.Reference;
import org.foiplatform.intake.domain.Requester;

@ApplicationScoped
public class PanacheRequestRepository implements RequestRepository {

    private final EntityManager em;

    public PanacheRequestRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public long nextSequence() {
        return ((Number) em.createNativeQuery("select nextval('request_reference_seq')").getSingleResult()).longValue();
    }

    @Override
    public Optional<InformationRequest> findByIdempotencyKey(String idempotencyKey) {
        return RequestEntity.<RequestEntity>find("idempotencyKey", idempotencyKey).firstResultOptional()
                .map(PanacheRequestRepository::toDomain);
    }

    @Override
    public void add(InformationRequest request, String idempotencyKey) {
        RequestEntity entity = new RequestEntity();
        entity.reference = request.reference().value();
        entity.requesterName = request.requester().name();
        entity.requesterEmail = request.requester().email();
        entity.receivedAt = request.receivedAt();
        entity.status = request.status();
        entity.regime = request.regime();
        entity.idempotencyKey = idempotencyKey;
        request.questions().forEach(q -> entity.questions.add(new RequestEntity.QuestionRow(q.number(), q.text())));
        entity.persist();
        if (idempotencyKey != null) {
            // Flush now, so that a concurrent submission with the same key shows here and not at commit.
            try {
                em.flush();
            } catch (ConstraintViolationException e) {
                throw new IdempotencyKeyTakenException(e);
            }
        }
    }

    private static InformationRequest toDomain(RequestEntity e) {
        return new InformationRequest(new Reference(e.reference), new Requester(e.requesterName, e.requesterEmail),
                e.questions.stream().map(q -> new Question(q.number, q.text)).toList(), e.receivedAt, e.status,
                e.regime);
    }
}
