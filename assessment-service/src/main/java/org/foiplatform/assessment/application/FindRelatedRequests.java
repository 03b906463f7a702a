package org.foiplatform.assessment.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.Aggregation;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.assessment.domain.RegimeHint;
import org.foiplatform.assessment.domain.RelatedRequest;

/**
 * What intake-service found about a case's request, for the officer: the requests that look like it, which of them
 * may be aggregated for the cost limit now (the Fees Regulations 2004 reg 5, {@link Aggregation}), and the law its
 * words suggest.
 */
@ApplicationScoped
public class FindRelatedRequests {

    private final CaseRepository cases;
    private final RelatedRequestStore store;
    private final Clocks clocks;
    private final int aggregationPeriod;

    public FindRelatedRequests(CaseRepository cases, RelatedRequestStore store, Clocks clocks,
            AssessmentConfig config) {
        this.cases = cases;
        this.store = store;
        this.clocks = clocks;
        this.aggregationPeriod = config.costLimit().aggregationWorkingDays();
    }

    /** The related requests of a case, those that may be aggregated, and the regime hint. */
    public record Findings(List<RelatedRequest> requests, Set<String> aggregable, Optional<RegimeHint> regimeHint) {
    }

    @Transactional
    public Findings of(String reference) {
        return of(cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference)));
    }

    /** The findings of a case already read (the case page has it): no second read of the case. */
    public Findings of(InformationCase informationCase) {
        List<RelatedRequest> requests = store.of(informationCase.reference());
        return new Findings(requests, aggregable(informationCase, requests), store.hint(informationCase.reference()));
    }

    /** The related requests whose costs a refusal on cost of {@code informationCase} may add (reg 5). */
    public Set<String> aggregable(InformationCase informationCase) {
        return aggregable(informationCase, store.of(informationCase.reference()));
    }

    private Set<String> aggregable(InformationCase informationCase, List<RelatedRequest> requests) {
        return Aggregation.aggregable(informationCase.regime(), informationCase.receivedOn(), requests,
                clocks.current().clock(), aggregationPeriod);
    }
}
