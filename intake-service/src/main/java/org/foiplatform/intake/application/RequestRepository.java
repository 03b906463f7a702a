package org.foiplatform.intake.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.foiplatform.intake.domain.InformationRequest;
import org.foiplatform.intake.domain.Reference;
import org.foiplatform.intake.domain.RelatedRequests;

/** Where received requests are kept. Implemented over PostgreSQL in infrastructure.persistence. */
public interface RequestRepository {

    /** The next number from the database sequence behind references; never reused, even after a rollback. */
    long nextSequence();

    /** The request first sent with this key, and the fingerprint of that submission (null if kept before V7). */
    Optional<Keyed> findByIdempotencyKey(String idempotencyKey);

    record Keyed(InformationRequest request, String fingerprint) {
    }

    Optional<InformationRequest> find(Reference reference);

    /**
     * Adds the request, with its idempotency key and the submission's fingerprint when a key was sent; throws
     * {@link IdempotencyKeyTakenException} if another took the key meanwhile.
     */
    void add(InformationRequest request, String idempotencyKey, String fingerprint);

    /**
     * Requests received since {@code since} whose words ({@link RelatedRequests#comparableText}) are nearest to
     * {@code comparableText}: the {@code most} nearest of all, and the {@code most} nearest of those from
     * {@code email} (any case), with their similarity (pg_trgm, 0 to 1). Below {@code atLeast} none is returned.
     */
    List<RelatedRequests.Candidate> similarTo(String comparableText, String email, Instant since, double atLeast,
            int most);
}
