package org.foiplatform.response.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The one place that says which status a letter may move to from which. */
public final class LetterLifecycle {

    private static final Map<LetterStatus, Set<LetterStatus>> ALLOWED = Map.of(
            LetterStatus.DRAFTED, EnumSet.of(LetterStatus.BLOCKED, LetterStatus.ISSUED),
            LetterStatus.BLOCKED, EnumSet.noneOf(LetterStatus.class),
            LetterStatus.ISSUED, EnumSet.of(LetterStatus.PUBLISHED),
            // An admin may take an entry off the disclosure log again: the letter stays issued.
            LetterStatus.PUBLISHED, EnumSet.of(LetterStatus.ISSUED));

    private LetterLifecycle() {
    }

    public static boolean allows(LetterStatus from, LetterStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Throws when the move is not allowed, naming both statuses. */
    public static void check(LetterStatus from, LetterStatus to) {
        if (!allows(from, to)) {
            throw new IllegalStateException("A letter that is " + from + " cannot become " + to);
        }
    }
}
