package org.foiplatform.response.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of a whole request, as the disclosure log shows it and lets the public filter by it. The codes are the
 * statistics' categories that a decision carries ({@code caseOutcome}, the Code of Practice paras 8.5 and 8.6); an
 * unknown code is shown as given.
 */
public final class CaseOutcomeWording {

    private static final Map<String, String> WORDING = new LinkedHashMap<>();

    static {
        WORDING.put("GRANTED_FULL", "Information provided in full");
        WORDING.put("GRANTED_PART_WITHHELD_PART", "Provided in part, the rest withheld");
        WORDING.put("GRANTED_PART_NOT_HELD_PART", "Provided in part, the rest not held");
        WORDING.put("WITHHELD_FULL_EXEMPTION", "Withheld under an exemption");
        WORDING.put("INFORMATION_ACCESSIBLE_S21", "Already available elsewhere (section 21)");
        WORDING.put("REFUSED_S12_COST", "Refused: over the cost limit (section 12)");
        WORDING.put("REFUSED_S14_VEXATIOUS", "Refused: vexatious (section 14(1))");
        WORDING.put("REFUSED_S14_REPEATED", "Refused: repeated request (section 14(2))");
        WORDING.put("NOT_HELD", "Information not held");
        WORDING.put("NCND", "Neither confirmed nor denied");
    }

    private CaseOutcomeWording() {
    }

    public static String of(String code) {
        return code == null ? "Not recorded" : WORDING.getOrDefault(code, code);
    }

    /** Every known code with its words, in the order a filter lists them. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(WORDING);
    }
}
