package org.foiplatform.assessment.application;

import java.util.Optional;

import org.foiplatform.assessment.domain.InformationCase;

/** Where cases are kept. Implemented over PostgreSQL in infrastructure.persistence. */
public interface CaseRepository {

    Optional<InformationCase> find(String reference);

    boolean exists(String reference);

    void add(InformationCase informationCase);

    void update(InformationCase informationCase);
}
