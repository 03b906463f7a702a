package org.foiplatform.assessment.application;

import java.util.List;
import java.util.Optional;

import org.foiplatform.assessment.domain.RegimeHint;
import org.foiplatform.assessment.domain.RelatedRequest;

/** What intake-service found about a case's request: the requests that look like it, and the law its words suggest. */
public interface RelatedRequestStore {

    /**
     * Keeps {@code related} (earlier requests) for the case {@code reference}, received on {@code receivedOn}, and the
     * reverse link on each of those that is a case here, so that the earlier case learns of the later request.
     */
    void record(String reference, java.time.LocalDate receivedOn, List<RelatedRequest> related);

    /** The requests related to the case, most alike first. */
    List<RelatedRequest> of(String reference);

    void recordHint(String reference, RegimeHint hint);

    Optional<RegimeHint> hint(String reference);
}
