package org.foiplatform.response.domain;

import java.util.Map;

/**
 * How each outcome is put to the requester, in plain words with the section of the Act that applies.
 * An outcome this service does not know yet is shown as given rather than refused.
 */
public final class OutcomeWording {

    private static final Map<String, String> WORDING = Map.of(
            "INFORMATION_PROVIDED", "Information provided",
            "NOT_HELD", "Information not held (section 1(1)(a))",
            "EXEMPT", "Information withheld: it is exempt under Part II of the Act (the exemption and reasons are below)",
            "COST_LIMIT_EXCEEDED", "Refused: answering would exceed the cost limit (section 12)",
            "VEXATIOUS_OR_REPEATED", "Refused: vexatious or repeated request (section 14)");

    private OutcomeWording() {
    }

    public static String of(String outcome) {
        return WORDING.getOrDefault(outcome, outcome);
    }
}
