package org.foiplatform.assessment.domain;

/** What the authority decided for one question, in the words of the Act. */
public enum Outcome {
    /** FOIA s.1(1)(b), EIR reg 5(1): the information is held and is given. */
    INFORMATION_PROVIDED,
    /** s.1(1)(b) for part; the rest withheld under the exemptions cited (s.17(1)). */
    PARTLY_PROVIDED,
    /** FOIA s.1(1)(a), EIR reg 12(4)(a), FOISA s.17: the authority does not hold the information. */
    NOT_HELD,
    /** Part II (ss.21 to 44), EIR regs 12 and 13, FOISA Part 2: the information is withheld under the exemptions cited. */
    EXEMPT,
    /** s.2(1): the duty to confirm or deny does not arise under the exemption cited (e.g. s.40(5B)); EIR reg 12(6). */
    NEITHER_CONFIRM_NOR_DENY,
    /** FOIA s.12, FOISA s.12: complying would exceed the appropriate limit (the cost limit). */
    COST_LIMIT,
    /** FOIA s.14(1), FOISA s.14(1): the request is vexatious; EIR reg 12(4)(b): manifestly unreasonable. */
    VEXATIOUS,
    /** FOIA s.14(2), FOISA s.14(2): an identical or substantially similar request already complied with. */
    REPEATED;

    /** The outcome withholds information under an exemption, so the question must cite at least one. */
    public boolean citesExemptions() {
        return this == PARTLY_PROVIDED || this == EXEMPT || this == NEITHER_CONFIRM_NOR_DENY;
    }
}
