package org.foiplatform.response.domain;

import java.util.Map;

/**
 * How each outcome is put to the requester, in plain words with the provision that applies. An outcome this service
 * does not know yet is shown as given rather than refused. The names of version 1 of {@code DecisionApproved}
 * ({@code COST_LIMIT_EXCEEDED}, {@code VEXATIOUS_OR_REPEATED}) are kept while its events may still be read.
 */
public final class OutcomeWording {

    private static final Map<String, String> WORDING = Map.ofEntries(
            Map.entry("INFORMATION_PROVIDED", "Information provided"),
            Map.entry("PARTLY_PROVIDED", "Information provided in part: the rest is withheld (the exemptions and"
                    + " reasons are below)"),
            Map.entry("NOT_HELD", "Information not held"),
            Map.entry("EXEMPT", "Information withheld (the exemptions and reasons are below)"),
            Map.entry("NEITHER_CONFIRM_NOR_DENY", "We can neither confirm nor deny that we hold this information (the"
                    + " exemption and reasons are below)"),
            Map.entry("COST_LIMIT", "Refused: answering would cost more than the limit the law sets (section 12)"),
            Map.entry("VEXATIOUS", "Refused: the request is vexatious (section 14(1))"),
            Map.entry("REPEATED", "Refused: the request repeats one we have already answered (section 14(2))"),
            Map.entry("COST_LIMIT_EXCEEDED", "Refused: answering would exceed the cost limit (section 12)"),
            Map.entry("VEXATIOUS_OR_REPEATED", "Refused: vexatious or repeated request (section 14)"));

    private static final Map<String, String> LAWS = Map.of(
            "FOIA", "the Freedom of Information Act 2000",
            "EIR", "the Environmental Information Regulations 2004",
            "FOISA", "the Freedom of Information (Scotland) Act 2002",
            "EIRS", "the Environmental Information (Scotland) Regulations 2004",
            "SAR", "the UK General Data Protection Regulation (your right of access)");

    private OutcomeWording() {
    }

    public static String of(String outcome) {
        return WORDING.getOrDefault(outcome, outcome);
    }

    /** The law a regime names, as a letter says it: "the Freedom of Information Act 2000". */
    public static String law(String regime) {
        return LAWS.getOrDefault(regime, regime);
    }
}
