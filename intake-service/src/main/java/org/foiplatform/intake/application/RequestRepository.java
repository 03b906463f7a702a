package org.foiplatform.intake.application;

import java.util.Optional;

import org.foiplatform.intake.domain.InformationRequest;
import org.foiplatform.intake.domain.Reference;

/** Where received requests are kept. Implemented over PostgreSQL in infrastructure.persistence. */
public interface RequestRepository {

    /** The next number from the database sequence behind references; never reused, even after a rollback. */
    long nextSequence();

    Optional<InformationRequest> findByIdempotencyKey(String idempotencyKey);

    Optional<InformationRequest> find(Reference reference);

    /** Adds the request; throws {@link IdempotencyKeyTakenException} if another took the key meanwhile. */
    void add(InformationRequest request, String idempotencyKey);
}
