package org.foiplatform.assessment.infrastructure.web;

import java.util.Map;

/** The audit trail's actions in plain words, for the admin's audit page; an action not known here is shown as stored. */
final class AuditWords {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("SIGNED_IN", "Signed in"),
            Map.entry("SIGNED_OUT", "Signed out"),
            Map.entry("SIGN_IN_FAILED", "Sign-in refused"),
            Map.entry("TOKEN_ISSUED", "Token issued"),
            Map.entry("ACCOUNT_ADDED", "Account added"),
            Map.entry("ACCOUNT_CHANGED", "Account changed"),
            Map.entry("TEAM_ADDED", "Team added"),
            Map.entry("TEAM_REMOVED", "Team removed"),
            Map.entry("AUTHORITY_PROFILE_CHANGED", "Authority profile changed"),
            Map.entry("CALENDAR_IMPORTED", "Bank holidays imported"),
            Map.entry("DECISION_DRAFTED", "Decision drafted"),
            Map.entry("DECISION_APPROVED", "Decision approved"),
            Map.entry("DECISION_RETURNED", "Decision returned"),
            Map.entry("REVIEW_EXTENDED", "Internal review extended"),
            Map.entry("REVIEW_DECIDED", "Internal review decided"));

    private AuditWords() {
    }

    static String of(String action) {
        return WORDS.getOrDefault(action, action);
    }
}
