package org.foiplatform.assessment.application;

import java.util.Optional;

import org.foiplatform.assessment.domain.InformationCase;

/** Where cases are kept. Implemented over PostgreSQL in infrastructure.persistence. */
public interface CaseRepository {

    Optional<InformationCase> find(String reference);

    boolean exists(String reference);

    /** Adds a new case; {@code correlationId} ties its later events to the request's first event. */
    void add(InformationCase informationCase, java.util.UUID correlationId);

    void update(InformationCase informationCase);
}
