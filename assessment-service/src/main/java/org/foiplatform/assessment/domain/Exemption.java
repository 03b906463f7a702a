package org.foiplatform.assessment.domain;

/**
 * One exemption (FOIA Part II, FOISA Part 2) or exception (EIR reg 12 and 13, EIRS reg 10 and 11) an officer may
 * cite, with what the refusal notice must then say (FOIA s.17(1) and (3), EIR reg 14(3), FOISA s.16).
 *
 * @param provision how it is cited, e.g. {@code FOIA s.43(2)} or {@code EIR 12(5)(e)}
 * @param title its subject in plain words
 * @param absolute true if no public interest test applies (FOIA s.2(3), FOISA s.2(2)); no EIR or EIRS exception is
 *            absolute, since every one is subject to the public interest (EIR reg 12(1)(b))
 * @param harm the test that engages it
 * @param note what an officer should know when citing it, or null
 */
public record Exemption(String provision, Regime regime, String title, boolean absolute, Harm harm, String note) {

    /** What must be shown for the exemption to be engaged. */
    public enum Harm {
        /** It is enough that the information is of the kind described (a class-based exemption). */
        CLASS,
        /** Disclosure would, or would be likely to, prejudice the interest (FOIA). */
        PREJUDICE,
        /** Disclosure would, or would be likely to, prejudice the interest substantially (FOISA). */
        SUBSTANTIAL_PREJUDICE,
        /** Disclosure would adversely affect the interest (EIR reg 12(5), EIRS reg 10(5)). */
        ADVERSE_EFFECT,
        /** A test of its own, given in the note (e.g. the qualified person's opinion under FOIA s.36). */
        OTHER
    }

    /** A qualified exemption, and every EIR or EIRS exception, needs the public interest test set out. */
    public boolean needsPublicInterestTest() {
        return !absolute;
    }

    /**
     * The information is reasonably accessible to the applicant otherwise (FOIA s.21, FOISA s.25): the answer must
     * say where it is.
     */
    public boolean needsWhereAvailable() {
        return provision.equals("FOIA s.21") || provision.equals("FOISA s.25");
    }
}
