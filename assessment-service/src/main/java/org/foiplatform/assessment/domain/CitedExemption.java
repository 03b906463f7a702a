package org.foiplatform.assessment.domain;

/**
 * An exemption as an officer cites it for one question: the provision (as {@link ExemptionCatalogue} lists it), why
 * it applies (FOIA s.17(1)(c), EIR reg 14(3)(a)), where the information is for FOIA s.21 or FOISA s.25, and the
 * public interest test for a qualified exemption or any environmental exception (FOIA s.17(3), EIR reg 14(3)(b)).
 */
public record CitedExemption(String provision, String reason, String availableAt, PublicInterest publicInterest) {

    /** The public interest test: the arguments for disclosure, against it, and the conclusion reached. */
    public record PublicInterest(String forDisclosure, String againstDisclosure, String conclusion) {
    }

    /** As stored: the provision as the catalogue writes it, and every text without surrounding blanks. */
    CitedExemption stripped() {
        String listed = ExemptionCatalogue.find(provision).map(Exemption::provision).orElse(provision);
        return new CitedExemption(listed, strip(reason), strip(availableAt), publicInterest == null ? null
                : new PublicInterest(strip(publicInterest.forDisclosure()), strip(publicInterest.againstDisclosure()),
                        strip(publicInterest.conclusion())));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** Characters of text the citation adds to a decision. */
    int textLength() {
        int length = len(reason) + len(availableAt);
        if (publicInterest != null) {
            length += len(publicInterest.forDisclosure()) + len(publicInterest.againstDisclosure())
                    + len(publicInterest.conclusion());
        }
        return length;
    }

    private static int len(String value) {
        return value == null ? 0 : value.strip().length();
    }
}
