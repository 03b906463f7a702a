package org.foiplatform.response.domain;

/** One rule a letter failed: which, how serious, the question concerned (null for the whole letter), and what to do. */
public record Finding(ComplianceRule rule, ComplianceRule.Severity severity, Integer question, String message) {

    static Finding of(ComplianceRule rule, Integer question, String message) {
        return new Finding(rule, rule.severity(), question, message);
    }

    public boolean blocking() {
        return severity == ComplianceRule.Severity.BLOCKING;
    }
}
