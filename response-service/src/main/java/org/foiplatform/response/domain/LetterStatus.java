package org.foiplatform.response.domain;

/**
 * Where a letter is in its life. A letter is drafted from an approved decision, checked, then either blocked (a
 * blocking compliance rule failed: nothing is sent) or issued; an issued letter may later be published, anonymised,
 * on the disclosure log. A blocked letter stays blocked: the decision is put right and a new version is drafted.
 */
public enum LetterStatus {
    DRAFTED,
    BLOCKED,
    ISSUED,
    PUBLISHED
}
