package org.foiplatform.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;

/** Looks a case up for the officer's view. */
@ApplicationScoped
public class FindCase {

    private final CaseRepository cases;

    public FindCase(CaseRepository cases) {
        this.cases = cases;
    }

    @Transactional
    public InformationCase byReference(String reference) {
        return cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    }
}
