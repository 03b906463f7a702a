package org.foiplatform.assessment.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.CaseAssigned;
import org.foiplatform.messaging.EventRecorder;

/**
 * An officer assigns a case to a team and an officer (CaseAssigned: notification-service tells the officer, at their
 * account's address, or the team's mailbox), or adds a note to its timeline. Once an admin has listed the teams, only
 * a listed team may be given ({@link ManageTeams}).
 */
@ApplicationScoped
public class WorkCase {

    private final CaseRepository cases;
    private final EventRecorder events;
    private final ManageAccounts accounts;
    private final Clock clock;
    private final ManageTeams teams;

    public WorkCase(CaseRepository cases, EventRecorder events, ManageAccounts accounts, Clock clock, ManageTeams teams) {
        this.teams = teams;
        this.cases = cases;
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public InformationCase assign(String reference, String team, String officer, String by) {
        InformationCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        teams.checkAssignable(team);
        c.assign(team, officer, by, clock.instant());
        cases.update(c);
        InformationCase.Assignment now = c.assignment();
        events.record(EventType.CASE_ASSIGNED, reference, new CaseAssigned(reference, c.regime().name(), now.team(),
                now.officer(), accounts.emailOf(now.officer()).orElse(null), by, c.dueDate()));
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
