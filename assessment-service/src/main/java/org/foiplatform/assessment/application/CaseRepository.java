package org.foiplatform.assessment.application;

import java.util.List;
import java.util.Optional;

import org.foiplatform.assessment.domain.InformationCase;

/** Where cases are kept. Implemented over PostgreSQL in infrastructure.persistence. */
public interface CaseRepository {

    Optional<InformationCase> find(String reference);

    boolean exists(String reference);

    void add(InformationCase informationCase);

    void update(InformationCase informationCase);

    /** Open cases dated with a calendar revision older than {@code revision}, by reference after {@code after}. */
    List<String> openDatedBefore(long revision, String after, int limit);

    /** How many open cases are dated with a calendar revision older than {@code revision}. */
    long countOpenDatedBefore(long revision);

    /** Cases whose clock is stopped (waiting for a clarification or a fee), by reference after {@code after}. */
    List<String> stopped(String after, int limit);

    /** References of open cases due on or before {@code horizon} (past due included), after {@code after}, in order. */
    java.util.List<String> openDueBy(java.time.LocalDate horizon, String after, int limit);

    /** References of cases with an open internal review due on or before {@code horizon}, after {@code after}. */
    java.util.List<String> reviewsDueBy(java.time.LocalDate horizon, String after, int limit);
}
