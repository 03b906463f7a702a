package org.foiplatform.intake.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.foiplatform.intake.domain.Reference;
import org.foiplatform.intake.domain.RequestProgress;
import org.foiplatform.intake.domain.TimelineEntry;

/** intake's status view: each request's progress and its timeline. Implemented over PostgreSQL. */
public interface ProgressRepository {

    /** The progress, locked for update in the caller's transaction. */
    Optional<RequestProgress> findForUpdate(Reference reference);

    Optional<RequestProgress> find(Reference reference);

    void save(RequestProgress progress);

    void append(Reference reference, TimelineEntry entry);

    List<TimelineEntry> timeline(Reference reference);

    /** The correlation id of the request's first event, if known. */
    Optional<UUID> correlation(Reference reference);

    void setCorrelation(Reference reference, UUID correlationId);
}
