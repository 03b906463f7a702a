package org.foiplatform.assessment.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.foiplatform.contracts.InputLimits;

/**
 * Whether the exemptions cited for one question would make a lawful refusal notice: each is one of the case's
 * regime (an EIR case cites regulations, never FOIA sections, and the reverse), says why it applies, says where the
 * information is when it is reasonably accessible otherwise, and carries the public interest test exactly when one
 * applies. Each problem names its field under {@code path}, e.g. {@code outcomes[2].exemptions[0].publicInterest}.
 */
public final class ExemptionRules {

    /** The most exemptions one question may cite. */
    public static final int MAX_EXEMPTIONS = 5;
    /** The longest reason, availableAt or public interest argument, in characters. */
    public static final int MAX_TEXT = 2_000;

    private ExemptionRules() {
    }

    public static List<DecisionProblem> check(Regime regime, List<CitedExemption> cited, String path) {
        List<DecisionProblem> problems = new ArrayList<>();
        if (cited == null || cited.isEmpty()) {
            return problems;
        }
        if (cited.size() > MAX_EXEMPTIONS) {
            problems.add(new DecisionProblem(path, "Cite " + MAX_EXEMPTIONS + " exemptions or fewer"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cited.size(); i++) {
            String at = path + "[" + i + "]";
            CitedExemption exemption = cited.get(i);
            if (exemption == null) {
                problems.add(new DecisionProblem(at, "Give the provision and why it applies"));
                continue;
            }
            Exemption listed = ExemptionCatalogue.find(exemption.provision()).orElse(null);
            if (listed == null) {
                problems.add(new DecisionProblem(at + ".provision", "Choose a provision of " + regime
                        + " as the list of exemptions writes it, e.g. " + example(regime)));
                continue;
            }
            if (listed.regime() != regime) {
                problems.add(new DecisionProblem(at + ".provision", "This is a " + regime + " case: cite "
                        + regime + " provisions, not " + listed.regime() + " ones (e.g. " + example(regime) + ")"));
                continue;
            }
            if (!seen.add(listed.provision())) {
                problems.add(new DecisionProblem(at + ".provision", listed.provision() + " is cited twice"));
            }
            text(problems, at + ".reason", exemption.reason(), "Say why " + listed.provision() + " applies");
            if (listed.needsWhereAvailable()) {
                text(problems, at + ".availableAt", exemption.availableAt(),
                        "Say where the requester can find the information (a link or a place)");
            } else if (exemption.availableAt() != null) {
                problems.add(new DecisionProblem(at + ".availableAt", "Only FOIA s.21 and FOISA s.25 say where the"
                        + " information is: remove it from " + listed.provision()));
            }
            CitedExemption.PublicInterest test = exemption.publicInterest();
            if (listed.needsPublicInterestTest()) {
                if (test == null) {
                    problems.add(new DecisionProblem(at + ".publicInterest", listed.provision() + " is "
                            + (regime == Regime.EIR || regime == Regime.EIRS ? "an exception" : "a qualified exemption")
                            + ": give the public interest for and against disclosure and the conclusion"));
                } else {
                    text(problems, at + ".publicInterest.for", test.forDisclosure(),
                            "Give the public interest in disclosure");
                    text(problems, at + ".publicInterest.against", test.againstDisclosure(),
                            "Give the public interest in withholding the information");
                    text(problems, at + ".publicInterest.conclusion", test.conclusion(),
                            "Give the conclusion: why the balance falls where it does");
                }
            } else if (test != null) {
                problems.add(new DecisionProblem(at + ".publicInterest", listed.provision()
                        + " is absolute: no public interest test applies, so remove it"));
            }
        }
        return problems;
    }

    private static void text(List<DecisionProblem> problems, String field, String value, String missing) {
        if (value == null || value.isBlank()) {
            problems.add(new DecisionProblem(field, missing));
        } else if (value.length() > MAX_TEXT) {
            problems.add(new DecisionProblem(field, "Keep it to " + MAX_TEXT + " characters"));
        } else if (InputLimits.hasControlCharacters(value)) {
            problems.add(new DecisionProblem(field, "Remove the hidden control characters"));
        }
    }

    private static String example(Regime regime) {
        return switch (regime) {
            case FOIA -> "FOIA s.43(2)";
            case EIR -> "EIR 12(5)(e)";
            case FOISA -> "FOISA s.33";
            case EIRS -> "EIRS 10(5)(e)";
            case SAR -> "none: a subject access request has no FOI exemptions";
        };
    }
}
