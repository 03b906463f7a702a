package org.foiplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.foiplatform.assessment.domain.CitedExemption.PublicInterest;
import org.junit.jupiter.api.Test;

class ExemptionRulesTest {

    private static final PublicInterest TEST = new PublicInterest("Openness about spending.",
            "Disclosure would weaken the council's position in the next tender.",
            "The public interest in withholding outweighs that in disclosure.");

    private static List<String> fields(Regime regime, CitedExemption... cited) {
        return ExemptionRules.check(regime, Arrays.asList(cited), "outcomes[2].exemptions").stream()
                .map(DecisionProblem::field).toList();
    }

    @Test
    void a_qualified_exemption_with_its_reason_and_public_interest_test_passes() {
        assertThat(fields(Regime.FOIA, new CitedExemption("FOIA s.43(2)", "Prices in a live tender.", null, TEST)))
                .isEmpty();
        assertThat(fields(Regime.EIR, new CitedExemption("EIR 12(5)(e)", "Confidential prices.", null, TEST)))
                .isEmpty();
        assertThat(ExemptionRules.check(Regime.FOIA, null, "x")).isEmpty();
    }

    @Test
    void a_qualified_exemption_or_any_eir_exception_needs_all_three_parts_of_the_test() {
        assertThat(fields(Regime.FOIA, new CitedExemption("FOIA s.43(2)", "Prices.", null, null)))
                .containsExactly("outcomes[2].exemptions[0].publicInterest");
        assertThat(fields(Regime.EIR, new CitedExemption("EIR 13", "Names of residents.", null,
                new PublicInterest(" ", "Privacy.", null)))).containsExactly(
                        "outcomes[2].exemptions[0].publicInterest.for",
                        "outcomes[2].exemptions[0].publicInterest.conclusion");
    }

    @Test
    void an_absolute_exemption_must_not_carry_a_public_interest_test() {
        assertThat(fields(Regime.FOIA, new CitedExemption("FOIA s.41", "Given in confidence.", null, TEST)))
                .containsExactly("outcomes[2].exemptions[0].publicInterest");
        assertThat(fields(Regime.FOIA, new CitedExemption("FOIA s.41", "Given in confidence.", null, null))).isEmpty();
    }

    @Test
    void section_21_says_where_the_information_is_and_only_it_may() {
        assertThat(fields(Regime.FOIA, new CitedExemption("FOIA s.21", "Published.", null, null)))
                .containsExactly("outcomes[2].exemptions[0].availableAt");
        assertThat(fields(Regime.FOIA, new CitedExemption("FOIA s.21", "Published.",
                "https://www.example.gov.uk/spending", null))).isEmpty();
        assertThat(fields(Regime.FOISA, new CitedExemption("FOISA s.25", "Published.", null, null)))
                .containsExactly("outcomes[2].exemptions[0].availableAt");
        assertThat(fields(Regime.FOIA, new CitedExemption("FOIA s.41", "Confidence.", "the library", null)))
                .containsExactly("outcomes[2].exemptions[0].availableAt");
    }

    @Test
    void a_case_cites_only_its_own_regimes_provisions() {
        // An EIR case citing FOIA sections, a FOIA case citing regulations, a Scottish case citing FOIA.
        assertThat(fields(Regime.EIR, new CitedExemption("FOIA s.43(2)", "Prices.", null, TEST)))
                .containsExactly("outcomes[2].exemptions[0].provision");
        assertThat(fields(Regime.FOIA, new CitedExemption("EIR 12(5)(e)", "Prices.", null, TEST)))
                .containsExactly("outcomes[2].exemptions[0].provision");
        assertThat(fields(Regime.FOISA, new CitedExemption("FOIA s.43(2)", "Prices.", null, TEST)))
                .containsExactly("outcomes[2].exemptions[0].provision");
        assertThat(fields(Regime.FOIA, new CitedExemption("FOIA s.99", "Made up.", null, null)))
                .containsExactly("outcomes[2].exemptions[0].provision");
    }

    @Test
    void each_exemption_gives_its_reason_once_within_the_limits() {
        assertThat(fields(Regime.FOIA, new CitedExemption("FOIA s.40(2)", "", null, null),
                new CitedExemption("FOIA s.40(2)", "x".repeat(ExemptionRules.MAX_TEXT + 1), null, null),
                new CitedExemption("FOIA s.44", "Barred\u0000by statute.", null, null), null)).containsExactly(
                        "outcomes[2].exemptions[0].reason", "outcomes[2].exemptions[1].provision",
                        "outcomes[2].exemptions[1].reason", "outcomes[2].exemptions[2].reason",
                        "outcomes[2].exemptions[3]");
        List<CitedExemption> many = new ArrayList<>();
        for (String s : List.of("s.21", "s.23", "s.32", "s.34", "s.41", "s.44")) {
            many.add(new CitedExemption("FOIA " + s, "Reason.", s.equals("s.21") ? "the website" : null, null));
        }
        assertThat(ExemptionRules.check(Regime.FOIA, many, "e")).extracting(DecisionProblem::field)
                .containsExactly("e");
    }
}
