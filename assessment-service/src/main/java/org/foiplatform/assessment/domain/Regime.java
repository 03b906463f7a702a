package org.foiplatform.assessment.domain;

import java.util.EnumSet;
import java.util.Set;

/** The law a request is handled under; each has its own clock. */
public enum Regime {
    /** Freedom of Information Act 2000. */
    FOIA("Freedom of Information Act 2000", "section 10(1)", Extension.PUBLIC_INTEREST),
    /** Environmental Information Regulations 2004. */
    EIR("Environmental Information Regulations 2004", "regulation 5(2)", Extension.COMPLEX_AND_VOLUMINOUS),
    /** Freedom of Information (Scotland) Act 2002. */
    FOISA("Freedom of Information (Scotland) Act 2002", "section 10(1)", Extension.NONE),
    /** Environmental Information (Scotland) Regulations 2004. */
    EIRS("Environmental Information (Scotland) Regulations 2004", "regulation 5(2)", Extension.COMPLEX_AND_VOLUMINOUS),
    /** A subject access request under UK GDPR Article 15, answered within the time in Article 12(3). */
    SAR("UK General Data Protection Regulation", "Article 12(3)", Extension.FURTHER_MONTHS);

    /** The kind of extension a regime allows, if any. */
    public enum Extension {
        /** FOIA s.10(3): such time as is reasonable to weigh the public interest in a qualified exemption. */
        PUBLIC_INTEREST,
        /** EIR reg 7(1) and EIRS reg 7(1): to 40 working days when the request is complex and voluminous. */
        COMPLEX_AND_VOLUMINOUS,
        /** UK GDPR Art. 12(3): up to two further months for complex or numerous requests. */
        FURTHER_MONTHS,
        /** FOISA has no extension: only the s.1(3) and s.10(2) pauses. */
        NONE
    }

    private final String law;
    private final String timeLimitProvision;
    private final Extension extension;

    Regime(String law, String timeLimitProvision, Extension extension) {
        this.law = law;
        this.timeLimitProvision = timeLimitProvision;
        this.extension = extension;
    }

    /** The regime named by {@code value} (any case, surrounding blanks ignored), or empty. */
    public static java.util.Optional<Regime> named(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(valueOf(value.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public String law() {
        return law;
    }

    /** The provision that sets the time for compliance, e.g. "section 10(1)". */
    public String timeLimitProvision() {
        return timeLimitProvision;
    }

    public Extension extension() {
        return extension;
    }

    /** SAR runs in calendar months; every other regime counts working days. */
    public boolean countsWorkingDays() {
        return this != SAR;
    }

    /**
     * Whose bank holidays are not working days. FOIA s.10(6) (and EIR reg 2(1), which borrows it): a bank
     * holiday in any part of the United Kingdom. FOISA s.73 (and EIRS reg 2(1)): a Scottish bank holiday
     * only. SAR: the authority's own nation, from configuration.
     */
    public Set<Nation> holidayNations(Nation authorityNation) {
        return switch (this) {
            case FOIA, EIR -> EnumSet.allOf(Nation.class);
            case FOISA, EIRS -> EnumSet.of(Nation.SCOTLAND);
            case SAR -> EnumSet.of(authorityNation);
        };
    }

    /** The provision defining a working day for this regime, for explanations. */
    public String workingDayProvision() {
        return switch (this) {
            case FOIA -> "FOIA section 10(6)";
            case EIR -> "EIR regulation 2(1) and FOIA section 10(6)";
            case FOISA -> "FOISA section 73";
            case EIRS -> "EIRS regulation 2(1) and FOISA section 73";
            case SAR -> "UK GDPR Article 12(3)";
        };
    }
}
