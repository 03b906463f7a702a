package org.foiplatform.response.domain;

import java.util.Map;

/**
 * How each outcome is put to the requester, in plain words with the provision of the law the request was handled
 * under. An outcome this service does not know yet is shown as given rather than refused. The names of version 1 of
 * {@code DecisionApproved} ({@code COST_LIMIT_EXCEEDED}, {@code VEXATIOUS_OR_REPEATED}) are kept while its events may
 * still be read.
 */
public final class OutcomeWording {

    private static final Map<String, String> REVIEW_FINDINGS = Map.of(
            "UPHELD", "Our original answer is upheld",
            "PARTLY_OVERTURNED", "Our original answer is partly overturned",
            "OVERTURNED", "Our original answer is overturned");

    private OutcomeWording() {
    }

    public static String of(String outcome, LegalFramework law) {
        return switch (outcome) {
            case "INFORMATION_PROVIDED" -> "Information provided";
            case "PARTLY_PROVIDED" -> "Information provided in part: the rest is withheld (the exemptions and "
                    + "reasons are below)";
            case "NOT_HELD" -> "Information not held (" + law.notHeld() + ")";
            case "EXEMPT" -> "Information withheld (the exemptions and reasons are below)";
            case "NEITHER_CONFIRM_NOR_DENY" -> "We can neither confirm nor deny that we hold this information ("
                    + law.neitherConfirmNorDeny() + "; the exemption and reasons are below)";
            case "COST_LIMIT", "COST_LIMIT_EXCEEDED" -> "Refused: answering would cost more than the limit the law "
                    + "sets (" + law.costLimit() + ")";
            case "VEXATIOUS" -> law.environmental() ? "Refused: the request is manifestly unreasonable ("
                    + law.vexatious() + ")" : "Refused: the request is vexatious (" + law.vexatious() + ")";
            case "REPEATED" -> law.environmental() ? "Refused: the request is manifestly unreasonable, as it "
                    + "repeats one we have already answered (" + law.repeated() + ")"
                    : "Refused: the request repeats one we have already answered (" + law.repeated() + ")";
            case "VEXATIOUS_OR_REPEATED" -> "Refused: vexatious or repeated request (section 14)";
            default -> outcome;
        };
    }

    /** The outcome in plain words without a provision, as the disclosure log shows it under any law. */
    public static String of(String outcome) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case "INFORMATION_PROVIDED" -> "Information provided";
            case "PARTLY_PROVIDED" -> "Information provided in part";
            case "NOT_HELD" -> "Information not held";
            case "EXEMPT" -> "Information withheld";
            case "NEITHER_CONFIRM_NOR_DENY" -> "Neither confirmed nor denied";
            case "COST_LIMIT", "COST_LIMIT_EXCEEDED" -> "Refused: over the cost limit";
            case "VEXATIOUS" -> "Refused: vexatious or manifestly unreasonable";
            case "REPEATED" -> "Refused: a repeated request";
            default -> outcome;
        };
    }

    /** A review's finding on a question, or on the whole request. */
    public static String ofReview(String finding) {
        return REVIEW_FINDINGS.getOrDefault(finding, finding);
    }

    /** The law a regime names, as a letter says it: "the Freedom of Information Act 2000". */
    public static String law(String regime) {
        return LegalFramework.find(regime).map(LegalFramework::law).orElse(regime);
    }
}
