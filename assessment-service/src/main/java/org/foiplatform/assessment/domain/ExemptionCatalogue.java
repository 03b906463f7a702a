package org.foiplatform.assessment.domain;

import static org.foiplatform.assessment.domain.Exemption.Harm.ADVERSE_EFFECT;
import static org.foiplatform.assessment.domain.Exemption.Harm.CLASS;
import static org.foiplatform.assessment.domain.Exemption.Harm.OTHER;
import static org.foiplatform.assessment.domain.Exemption.Harm.PREJUDICE;
import static org.foiplatform.assessment.domain.Exemption.Harm.SUBSTANTIAL_PREJUDICE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every exemption and exception an officer may cite, by regime. Absolute or qualified as FOIA s.2(3) and FOISA
 * s.2(2) list them; every EIR and EIRS exception is subject to the public interest test (EIR reg 12(1)(b), EIRS
 * reg 10(1)(b)) with a presumption in favour of disclosure (EIR reg 12(2), EIRS reg 10(2)). The harm test is the
 * section's wording: "prejudice" in FOIA, "substantial prejudice" in FOISA, "adversely affect" in the EIR. A subject
 * access request has exemptions of another kind (DPA 2018 Schedules 2 to 4), not listed here.
 */
public final class ExemptionCatalogue {

    private static final Map<String, Exemption> ALL = new LinkedHashMap<>();

    static {
        // FOIA Part II (ss.21 to 44). s.25 (certificates) is not an exemption itself.
        foia("s.21", "Information accessible to the applicant by other means", true, CLASS,
                "Say where the information is available. No neither-confirm-nor-deny under s.21.");
        foia("s.22", "Information intended for future publication", false, CLASS,
                "It must be reasonable to withhold it until the planned publication.");
        foia("s.22A", "Research (a continuing programme whose report will be published)", false, PREJUDICE, null);
        foia("s.23", "Information supplied by, or relating to, bodies dealing with security matters", true, CLASS,
                null);
        foia("s.24", "National security", false, OTHER,
                "Exemption must be required for the purpose of safeguarding national security.");
        foia("s.26", "Defence", false, PREJUDICE, null);
        foia("s.27(1)", "International relations", false, PREJUDICE, null);
        foia("s.27(2)", "Confidential information obtained from another State or an international body", false,
                CLASS, null);
        foia("s.28", "Relations within the United Kingdom", false, PREJUDICE, null);
        foia("s.29", "The economy", false, PREJUDICE, null);
        foia("s.30", "Investigations and proceedings conducted by public authorities", false, CLASS, null);
        foia("s.31", "Law enforcement", false, PREJUDICE, null);
        foia("s.32", "Court records", true, CLASS, null);
        foia("s.33", "Audit functions", false, PREJUDICE, null);
        foia("s.34", "Parliamentary privilege", true, CLASS, null);
        foia("s.35", "Formulation of government policy", false, CLASS, "Government departments only.");
        foia("s.36", "Prejudice to the effective conduct of public affairs", false, OTHER,
                "Engaged only by the reasonable opinion of the authority's qualified person. Absolute only for"
                        + " information held by either House of Parliament.");
        foia("s.37(1)(a)", "Communications with the Sovereign", true, CLASS, null);
        foia("s.37(1)(aa)", "Communications with the heir to, or second in line to, the Throne", true, CLASS, null);
        foia("s.37(1)(ab)", "Communications with a person who has since become the Sovereign, heir or second in line",
                true, CLASS, null);
        foia("s.37(1)(ac)", "Communications with other members of the Royal Family", false, CLASS, null);
        foia("s.37(1)(ad)", "Communications with the Royal Household", false, CLASS, null);
        foia("s.37(1)(b)", "The conferring of honours or dignities", false, CLASS, null);
        foia("s.38", "Health and safety", false, OTHER,
                "Disclosure would, or would be likely to, endanger someone's physical or mental health or safety.");
        foia("s.39", "Environmental information", false, CLASS,
                "Handle the request under the Environmental Information Regulations instead.");
        foia("s.40(1)", "Personal data of which the applicant is the subject", true, CLASS,
                "Handle it as a subject access request instead.");
        foia("s.40(2)", "Personal data of someone other than the applicant", true, CLASS,
                "Absolute where disclosure would break the data protection principles (the first condition);"
                        + " for the other conditions cite it with the public interest test.");
        foia("s.41", "Information provided in confidence", true, CLASS,
                "Disclosure must be an actionable breach of confidence.");
        foia("s.42", "Legal professional privilege", false, CLASS, null);
        foia("s.43(1)", "Trade secrets", false, CLASS, null);
        foia("s.43(2)", "Commercial interests", false, PREJUDICE, null);
        foia("s.44", "Prohibitions on disclosure (by an enactment, an EU obligation or contempt of court)", true,
                CLASS, null);

        // EIR reg 12(4), 12(5) and 13: all subject to the public interest test (reg 12(1)(b)).
        eir("EIR", "12(4)(a)", "Information not held when the request was received", CLASS, null);
        eir("EIR", "12(4)(b)", "The request is manifestly unreasonable", OTHER,
                "The EIR have no cost limit: a burdensome request is refused under this exception instead.");
        eir("EIR", "12(4)(c)", "The request is formulated in too general a manner", OTHER,
                "Only after asking for particulars and helping the applicant (reg 9).");
        eir("EIR", "12(4)(d)", "Material still being completed, unfinished documents or incomplete data", CLASS,
                "Name any authority preparing the information and when it will be finished, if known (reg 14(4)).");
        eir("EIR", "12(4)(e)", "Internal communications", CLASS, null);
        eir("EIR", "12(5)(a)", "International relations, defence, national security or public safety",
                ADVERSE_EFFECT, null);
        eir("EIR", "12(5)(b)", "The course of justice, a fair trial or an inquiry of a criminal or disciplinary"
                + " nature", ADVERSE_EFFECT, null);
        eir("EIR", "12(5)(c)", "Intellectual property rights", ADVERSE_EFFECT, null);
        eir("EIR", "12(5)(d)", "The confidentiality of proceedings where confidentiality is provided by law",
                ADVERSE_EFFECT, "Cannot be used for information on emissions (reg 12(9)).");
        eir("EIR", "12(5)(e)", "Commercial or industrial confidentiality protecting a legitimate economic interest",
                ADVERSE_EFFECT, "Cannot be used for information on emissions (reg 12(9)).");
        eir("EIR", "12(5)(f)", "The interests of a person who gave the information voluntarily", ADVERSE_EFFECT,
                "Cannot be used for information on emissions (reg 12(9)).");
        eir("EIR", "12(5)(g)", "The protection of the environment", ADVERSE_EFFECT,
                "Cannot be used for information on emissions (reg 12(9)).");
        eir("EIR", "13", "Personal data of someone other than the applicant", CLASS,
                "Disclosed only in line with the data protection principles.");

        // FOISA Part 2 (ss.25 to 41); absolute as s.2(2) lists; the harm test is substantial prejudice.
        foisa("s.25", "Information otherwise accessible", true, CLASS,
                "Say where the information is available.");
        foisa("s.26", "Prohibitions on disclosure", true, CLASS, null);
        foisa("s.27(1)", "Information intended for future publication (within 12 weeks)", false, CLASS, null);
        foisa("s.27(2)", "Research (a continuing programme whose report will be published)", false,
                SUBSTANTIAL_PREJUDICE, null);
        foisa("s.28", "Relations within the United Kingdom", false, SUBSTANTIAL_PREJUDICE, null);
        foisa("s.29", "Formulation of Scottish Administration policy", false, CLASS, null);
        foisa("s.30", "Prejudice to the effective conduct of public affairs", false, SUBSTANTIAL_PREJUDICE, null);
        foisa("s.31", "National security and defence", false, OTHER, null);
        foisa("s.32", "International relations", false, SUBSTANTIAL_PREJUDICE, null);
        foisa("s.33", "Commercial interests and the economy", false, SUBSTANTIAL_PREJUDICE, null);
        foisa("s.34", "Investigations by Scottish public authorities and proceedings arising out of such"
                + " investigations", false, CLASS, null);
        foisa("s.35", "Law enforcement", false, SUBSTANTIAL_PREJUDICE, null);
        foisa("s.36(1)", "Confidentiality of communications (legal professional privilege)", false, CLASS, null);
        foisa("s.36(2)", "Information provided in confidence", true, CLASS,
                "Disclosure must be an actionable breach of confidence.");
        foisa("s.37", "Court records", true, CLASS, null);
        foisa("s.38(1)(a)", "Personal data of which the applicant is the subject", true, CLASS,
                "Handle it as a subject access request instead.");
        foisa("s.38(1)(b)", "Personal data of someone other than the applicant", true, CLASS,
                "Absolute where the first condition is met (disclosure would break the data protection principles).");
        foisa("s.38(1)(c)", "Personal census information", true, CLASS, null);
        foisa("s.38(1)(d)", "A deceased person's health record", true, CLASS, null);
        foisa("s.39(1)", "Health, safety and the environment", false, OTHER,
                "Disclosure would, or would be likely to, endanger someone's physical or mental health or safety.");
        foisa("s.39(2)", "Environmental information", false, CLASS,
                "Handle the request under the Environmental Information (Scotland) Regulations instead.");
        foisa("s.40", "Audit functions", false, SUBSTANTIAL_PREJUDICE, null);
        foisa("s.41", "Communications with Her Majesty and honours", false, CLASS, null);

        // EIRS reg 10(4), 10(5) and 11, parallel to EIR 12(4), 12(5) and 13.
        eir("EIRS", "10(4)(a)", "Information not held when the request was received", CLASS, null);
        eir("EIRS", "10(4)(b)", "The request is manifestly unreasonable", OTHER,
                "The EIRS have no cost limit: a burdensome request is refused under this exception instead.");
        eir("EIRS", "10(4)(c)", "The request is formulated in too general a manner", OTHER,
                "Only after asking for particulars and helping the applicant (reg 9).");
        eir("EIRS", "10(4)(d)", "Material still being completed, unfinished documents or incomplete data", CLASS,
                null);
        eir("EIRS", "10(4)(e)", "Internal communications", CLASS, null);
        eir("EIRS", "10(5)(a)", "International relations, defence, national security or public safety",
                SUBSTANTIAL_PREJUDICE, null);
        eir("EIRS", "10(5)(b)", "The course of justice, a fair trial or an inquiry of a criminal or disciplinary"
                + " nature", SUBSTANTIAL_PREJUDICE, null);
        eir("EIRS", "10(5)(c)", "Intellectual property rights", SUBSTANTIAL_PREJUDICE, null);
        eir("EIRS", "10(5)(d)", "The confidentiality of proceedings where confidentiality is provided by law",
                SUBSTANTIAL_PREJUDICE, null);
        eir("EIRS", "10(5)(e)", "Commercial or industrial confidentiality protecting a legitimate economic interest",
                SUBSTANTIAL_PREJUDICE, null);
        eir("EIRS", "10(5)(f)", "The interests of a person who gave the information voluntarily",
                SUBSTANTIAL_PREJUDICE, null);
        eir("EIRS", "10(5)(g)", "The protection of the environment", SUBSTANTIAL_PREJUDICE, null);
        eir("EIRS", "11", "Personal data of someone other than the applicant", CLASS,
                "Disclosed only in line with the data protection principles.");
    }

    private ExemptionCatalogue() {
    }

    /** Every exemption of {@code regime}, in the order of the statute; empty for a subject access request. */
    public static List<Exemption> of(Regime regime) {
        List<Exemption> found = new ArrayList<>();
        for (Exemption exemption : ALL.values()) {
            if (exemption.regime() == regime) {
                found.add(exemption);
            }
        }
        return found;
    }

    /** The exemption cited as {@code provision} (e.g. {@code FOIA s.43(2)}), in any regime. */
    public static Optional<Exemption> find(String provision) {
        return Optional.ofNullable(provision == null ? null : ALL.get(provision.strip()));
    }

    private static void foia(String section, String title, boolean absolute, Exemption.Harm harm, String note) {
        add(new Exemption("FOIA " + section, Regime.FOIA, title, absolute, harm, note));
    }

    private static void foisa(String section, String title, boolean absolute, Exemption.Harm harm, String note) {
        add(new Exemption("FOISA " + section, Regime.FOISA, title, absolute, harm, note));
    }

    /** An EIR or EIRS exception: never absolute. */
    private static void eir(String law, String regulation, String title, Exemption.Harm harm, String note) {
        add(new Exemption(law + " " + regulation, Regime.valueOf(law), title, false, harm, note));
    }

    private static void add(Exemption exemption) {
        if (ALL.put(exemption.provision(), exemption) != null) {
            throw new IllegalStateException("Listed twice: " + exemption.provision());
        }
    }
}
