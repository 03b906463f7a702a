package org.foiplatform.assessment.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of a whole request, for the statistics an authority publishes (the Code of Practice, paras 8.5 and
 * 8.6, and the Cabinet Office's categories), derived from the outcomes of its questions.
 */
public enum CaseOutcome {
    /** Every question answered with the information. */
    GRANTED_FULL,
    /** Some information given, some withheld under an exemption. */
    GRANTED_PART_WITHHELD_PART,
    /** Some information given, the rest not held. */
    GRANTED_PART_NOT_HELD_PART,
    /** Nothing given: the information is withheld under an exemption (or neither confirmed nor denied). */
    WITHHELD_FULL_EXEMPTION,
    /** Withheld in full only because it is reasonably accessible otherwise (FOIA s.21, FOISA s.25). */
    INFORMATION_ACCESSIBLE_S21,
    /** Refused, in whole or in part, because complying would exceed the cost limit (s.12). */
    REFUSED_S12_COST,
    /** Refused as vexatious (s.14(1); EIR reg 12(4)(b)). */
    REFUSED_S14_VEXATIOUS,
    /** Refused as repeated (s.14(2)). */
    REFUSED_S14_REPEATED,
    /** None of the information is held. */
    NOT_HELD,
    /** Neither confirmed nor denied for every question. */
    NCND,
    /** The requester withdrew the request. */
    WITHDRAWN,
    /** No clarification arrived in time. */
    LAPSED_NO_CLARIFICATION,
    /** The fee was not paid in time. */
    LAPSED_FEE_UNPAID;

    /**
     * The outcome of a request whose every question is decided. A procedural refusal (cost, vexatious, repeated)
     * counts for the whole request, as the statistics count it; otherwise what was given and what was withheld.
     */
    public static CaseOutcome of(List<CaseQuestion> questions) {
        Set<Outcome> outcomes = questions.stream().map(CaseQuestion::outcome).collect(Collectors.toSet());
        if (outcomes.contains(null) || outcomes.isEmpty()) {
            throw new IllegalArgumentException("Every question must be decided");
        }
        if (outcomes.contains(Outcome.COST_LIMIT)) {
            return REFUSED_S12_COST;
        }
        if (outcomes.contains(Outcome.VEXATIOUS)) {
            return REFUSED_S14_VEXATIOUS;
        }
        if (outcomes.contains(Outcome.REPEATED)) {
            return REFUSED_S14_REPEATED;
        }
        if (outcomes.equals(Set.of(Outcome.NOT_HELD))) {
            return NOT_HELD;
        }
        if (outcomes.equals(Set.of(Outcome.NEITHER_CONFIRM_NOR_DENY))) {
            return NCND;
        }
        boolean given = outcomes.contains(Outcome.INFORMATION_PROVIDED) || outcomes.contains(Outcome.PARTLY_PROVIDED);
        boolean withheld = outcomes.contains(Outcome.PARTLY_PROVIDED) || outcomes.contains(Outcome.EXEMPT)
                || outcomes.contains(Outcome.NEITHER_CONFIRM_NOR_DENY);
        if (given && withheld) {
            return GRANTED_PART_WITHHELD_PART;
        }
        if (given) {
            return outcomes.contains(Outcome.NOT_HELD) ? GRANTED_PART_NOT_HELD_PART : GRANTED_FULL;
        }
        boolean onlyAccessible = questions.stream().filter(q -> q.outcome() == Outcome.EXEMPT)
                .allMatch(q -> q.exemptions().stream().allMatch(e -> ExemptionCatalogue.find(e.provision())
                        .map(Exemption::needsWhereAvailable).orElse(false)))
                && !outcomes.contains(Outcome.NEITHER_CONFIRM_NOR_DENY);
        return onlyAccessible ? INFORMATION_ACCESSIBLE_S21 : WITHHELD_FULL_EXEMPTION;
    }
}
