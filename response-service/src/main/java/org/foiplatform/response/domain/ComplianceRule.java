package org.foiplatform.response.domain;

/**
 * The named checks every letter and every preview goes through, each with its severity. A BLOCKING rule that fails
 * stops the letter: it is not issued or sent. A WARNING is shown to the officer and does not stop it.
 */
public enum ComplianceRule {
    /** FOIA s.1(1), EIR reg 5: each question asked gets an answer, numbered as asked. */
    EVERY_QUESTION_ANSWERED(Severity.BLOCKING),
    /** FOIA s.17(1)(b) and (c), EIR reg 14(3)(a): what is withheld names the exemption and why it applies. */
    EVERY_EXEMPTION_HAS_A_REASON(Severity.BLOCKING),
    /** FOIA s.17(3), EIR reg 14(3)(b): a qualified exemption, and every EIR exception, carries the public interest test. */
    PUBLIC_INTEREST_TEST_WHERE_IT_APPLIES(Severity.BLOCKING),
    /** An EIR letter cites regulations, never FOIA sections, and the reverse; the same for the Scottish laws. */
    PROVISIONS_OF_THE_RIGHT_LAW(Severity.BLOCKING),
    /** FOIA s.17(5) and s.16: a refusal on cost gives the estimate, the limit and advice on narrowing the request. */
    COST_REFUSAL_COMPLETE(Severity.BLOCKING),
    /** FOIA s.21, FOISA s.25: information reasonably accessible elsewhere says where. */
    ACCESSIBLE_ELSEWHERE_SAYS_WHERE(Severity.BLOCKING),
    /** FOIA s.17(7), EIR reg 14(5): the date by which to ask for a review, and the regulator, are in the letter. */
    REVIEW_DATE_AND_REGULATOR(Severity.BLOCKING),
    /** The authority's name, email and postal address, so the requester can answer. */
    AUTHORITY_CONTACT_DETAILS(Severity.BLOCKING),
    /** Nothing still reads like a draft: "[insert", "TBC", "XX", "TODO", "lorem ipsum". */
    NO_PLACEHOLDERS(Severity.BLOCKING),
    /** An internal review's letter gives a finding and reasons for every question reviewed. */
    EVERY_REVIEW_FINDING_EXPLAINED(Severity.BLOCKING),
    /** No usable name was given, so the letter opens "Dear Sir or Madam". */
    REQUESTER_NAMED(Severity.WARNING),
    /** A late response apologises; it is better still when it can say by how many working days. */
    LATENESS_COUNTED(Severity.WARNING);

    /** Whether a failure stops the letter. */
    public enum Severity {
        BLOCKING,
        WARNING
    }

    private final Severity severity;

    ComplianceRule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
