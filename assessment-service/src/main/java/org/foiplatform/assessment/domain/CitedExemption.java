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
}
