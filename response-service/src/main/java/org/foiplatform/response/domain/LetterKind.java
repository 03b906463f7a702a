package org.foiplatform.response.domain;

/** Which letter: the response to a request, or the outcome of an internal review of that response. */
public enum LetterKind {
    DECISION,
    REVIEW
}
