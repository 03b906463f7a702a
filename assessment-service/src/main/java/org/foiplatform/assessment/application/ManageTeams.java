package org.foiplatform.assessment.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.InformationCase;
import org.foiplatform.contracts.InputLimits;
import org.jboss.logging.Logger;

/**
 * An admin lists the authority's teams (each change on the audit trail); the teams are the choices when a case is
 * assigned ({@link #teams()}, for the pages) and, once there is at least one, the only names an assignment accepts
 * ({@link #checkAssignable}, from {@link WorkCase}).
 */
@ApplicationScoped
public class ManageTeams {

    private static final Logger LOG = Logger.getLogger(ManageTeams.class);

    private final TeamStore teams;
    private final AuditTrail audit;

    public ManageTeams(TeamStore teams, AuditTrail audit) {
        this.teams = teams;
        this.audit = audit;
    }

    /** The teams, A to Z: empty when an admin has listed none (then any team name may be given). */
    public List<String> teams() {
        return teams.all();
    }

    @Transactional
    public String add(String name, String admin, String address) {
        String team = name == null ? "" : name.strip();
        if (team.isEmpty() || team.length() > InformationCase.MAX_NAME || InputLimits.hasControlCharacters(team)) {
            throw new InvalidInputException("The team could not be added", List.of(new DecisionProblem("name",
                    "Enter the team's name, at most " + InformationCase.MAX_NAME + " characters")));
        }
        if (!teams.add(team)) {
            throw new InvalidInputException("The team could not be added", List.of(new DecisionProblem("name",
                    "There is already a team called " + team)));
        }
        audit.record(admin, "TEAM_ADDED", team, null, address);
        LOG.infof("Team %s added by %s", team, admin);
        return team;
    }

    @Transactional
    public void remove(String name, String admin, String address) {
        if (name == null || !teams.remove(name)) {
            throw new InvalidInputException("The team could not be removed", List.of(new DecisionProblem("name",
                    "There is no team called " + name)));
        }
        audit.record(admin, "TEAM_REMOVED", name, "cases assigned to it keep the name", address);
        LOG.infof("Team %s removed by %s", name, admin);
    }

    /**
     * Refuses an assignment to a team that is not listed, once an admin has listed any ({@code team} null or blank
     * leaves the team as it is, and is not checked here).
     */
    public void checkAssignable(String team) {
        if (team == null || team.isBlank()) {
            return;
        }
        List<String> listed = teams.all();
        if (!listed.isEmpty() && !listed.contains(team.strip())) {
            throw new InvalidInputException("The case could not be assigned", List.of(new DecisionProblem("team",
                    "Choose one of the teams: " + String.join(", ", listed.size() > 20 ? listed.subList(0, 20)
                            : listed) + (listed.size() > 20 ? "…" : ""))));
        }
    }
}
