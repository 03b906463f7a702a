package org.foiplatform.assessment.domain;

/** What the authority decided for one question, in the words of the Act. */
public enum Outcome {
    /** s.1(1)(b): the information is held and is given. */
    INFORMATION_PROVIDED,
    /** s.1(1)(a): the authority does not hold the information. */
    NOT_HELD,
    /** Part II (ss.21 to 44): the information is exempt; the answer gives the exemption and reasons (s.17). */
    EXEMPT,
    /** s.12: complying would exceed the appropriate limit (the cost limit). */
    COST_LIMIT_EXCEEDED,
    /** s.14: the request is vexatious or repeated. */
    VEXATIOUS_OR_REPEATED
}
