package org.foiplatform.assessment.application;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.CaseAssigned;
import org.foiplatform.contracts.events.WithdrawalRecorded;
import org.foiplatform.messaging.EventRecorder;

/**
 * An officer assigns a case to a team and an officer (CaseAssigned: notification-service tells the officer, at their
 * account's address, or the team's mailbox), or adds a note to its timeline. Once an admin has listed the teams, only
 * a listed team may be given ({@link ManageTeams}); or records a withdrawal the requester made by other means.
 */
@ApplicationScoped
public class WorkCase {

    private final CaseRepository cases;
    private final EventRecorder events;
    private final ManageAccounts accounts;
    private final Clock clock;
    private final ManageTeams teams;
    private final AuditTrail audit;
    private final java.time.ZoneId zone;

    public WorkCase(CaseRepository cases, EventRecorder events, ManageAccounts accounts, Clock clock, ManageTeams teams,
            AuditTrail audit, AssessmentConfig config) {
        this.audit = audit;
        this.zone = java.time.ZoneId.of(config.zone());
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

    /**
     * The requester withdrew the request by other means, as an officer records it: the case is closed and
     * WithdrawalRecorded tells intake's tracking page (and anyone else) that nothing more will be sent.
     */
    @Transactional
    public InformationCase recordWithdrawal(String reference, String reason, String by) {
        InformationCase c = cases.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        c.recordWithdrawal(reason, by, clock.instant());
        cases.update(c);
        audit.record(by, "WITHDRAWAL_RECORDED", reference, null, null);
        events.record(EventType.WITHDRAWAL_RECORDED, reference, new WithdrawalRecorded(reference, c.regime().name(),
                LocalDate.ofInstant(clock.instant(), zone), reason.strip(), by));
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
