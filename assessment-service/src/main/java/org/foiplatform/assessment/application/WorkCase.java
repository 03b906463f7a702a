package org.foiplatform.assessment.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;

/** An officer assigns a case to a team and an officer, or adds a note to its timeline. */
@ApplicationScoped
public class WorkCase {

    private final CaseRepository cases;
    private final Clock clock;

    public WorkCase(CaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional
    public InformationCase assign(String reference, String team, String officer, String by) {
        InformationCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        c.assign(team, officer, by, clock.instant());
        cases.update(c);
        return c;
    }

    @Transactional
    public InformationCase note(String reference, String text, String by) {
        InformationCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        c.addNote(text, by, clock.instant());
        cases.update(c);
        return c;
    }
}
