package org.foiplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExemptionCatalogueTest {

    @ParameterizedTest(name = "{0}: absolute {2}, public interest test {3}, where available {4}, harm {5}")
    @CsvSource({
            // provision,       regime, absolute, PIT,   where, harm
            "FOIA s.21,          FOIA,  true,     false, true,  CLASS",
            "FOIA s.22,          FOIA,  false,    true,  false, CLASS",
            "FOIA s.23,          FOIA,  true,     false, false, CLASS",
            "FOIA s.31,          FOIA,  false,    true,  false, PREJUDICE",
            "FOIA s.32,          FOIA,  true,     false, false, CLASS",
            "FOIA s.36,          FOIA,  false,    true,  false, OTHER",
            "FOIA s.37(1)(a),    FOIA,  true,     false, false, CLASS",
            "FOIA s.37(1)(b),    FOIA,  false,    true,  false, CLASS",
            "FOIA s.40(2),       FOIA,  true,     false, false, CLASS",
            "FOIA s.41,          FOIA,  true,     false, false, CLASS",
            "FOIA s.42,          FOIA,  false,    true,  false, CLASS",
            "FOIA s.43(1),       FOIA,  false,    true,  false, CLASS",
            "FOIA s.43(2),       FOIA,  false,    true,  false, PREJUDICE",
            "FOIA s.44,          FOIA,  true,     false, false, CLASS",
            "EIR 12(4)(b),       EIR,   false,    true,  false, OTHER",
            "EIR 12(5)(e),       EIR,   false,    true,  false, ADVERSE_EFFECT",
            "EIR 13,             EIR,   false,    true,  false, CLASS",
            "FOISA s.25,         FOISA, true,     false, true,  CLASS",
            "FOISA s.30,         FOISA, false,    true,  false, SUBSTANTIAL_PREJUDICE",
            "FOISA s.33,         FOISA, false,    true,  false, SUBSTANTIAL_PREJUDICE",
            "FOISA s.36(2),      FOISA, true,     false, false, CLASS",
            "EIRS 10(5)(e),      EIRS,  false,    true,  false, SUBSTANTIAL_PREJUDICE",
    })
    void each_provision_is_absolute_or_qualified_as_the_statute_says(String provision, Regime regime,
            boolean absolute, boolean publicInterestTest, boolean whereAvailable, Exemption.Harm harm) {
        Exemption exemption = ExemptionCatalogue.find(provision).orElseThrow();
        assertThat(exemption.regime()).isEqualTo(regime);
        assertThat(exemption.absolute()).isEqualTo(absolute);
        assertThat(exemption.needsPublicInterestTest()).isEqualTo(publicInterestTest);
        assertThat(exemption.needsWhereAvailable()).isEqualTo(whereAvailable);
        assertThat(exemption.harm()).isEqualTo(harm);
    }

    @Test
    void the_absolute_exemptions_are_exactly_those_of_foia_s2_3_and_foisa_s2_2() {
        assertThat(ExemptionCatalogue.of(Regime.FOIA).stream().filter(Exemption::absolute).map(Exemption::provision))
                .containsExactly("FOIA s.21", "FOIA s.23", "FOIA s.32", "FOIA s.34", "FOIA s.37(1)(a)",
                        "FOIA s.37(1)(aa)", "FOIA s.37(1)(ab)", "FOIA s.40(1)", "FOIA s.40(2)", "FOIA s.41",
                        "FOIA s.44");
        assertThat(ExemptionCatalogue.of(Regime.FOISA).stream().filter(Exemption::absolute).map(Exemption::provision))
                .containsExactly("FOISA s.25", "FOISA s.26", "FOISA s.36(2)", "FOISA s.37", "FOISA s.38(1)(a)",
                        "FOISA s.38(1)(b)", "FOISA s.38(1)(c)", "FOISA s.38(1)(d)");
    }

    @Test
    void no_environmental_exception_is_absolute_and_every_one_is_listed() {
        // EIR reg 12(1)(b): every exception is subject to the public interest test.
        List<Exemption> eir = ExemptionCatalogue.of(Regime.EIR);
        assertThat(eir).noneMatch(Exemption::absolute);
        assertThat(eir).extracting(Exemption::provision).containsExactly("EIR 12(4)(a)", "EIR 12(4)(b)",
                "EIR 12(4)(c)", "EIR 12(4)(d)", "EIR 12(4)(e)", "EIR 12(5)(a)", "EIR 12(5)(b)", "EIR 12(5)(c)",
                "EIR 12(5)(d)", "EIR 12(5)(e)", "EIR 12(5)(f)", "EIR 12(5)(g)", "EIR 13");
        assertThat(ExemptionCatalogue.of(Regime.EIRS)).hasSize(13).noneMatch(Exemption::absolute);
    }

    @Test
    void foia_runs_from_s21_to_s44_without_s25_which_is_not_an_exemption() {
        List<String> foia = ExemptionCatalogue.of(Regime.FOIA).stream().map(Exemption::provision).toList();
        assertThat(foia.get(0)).isEqualTo("FOIA s.21");
        assertThat(foia.get(foia.size() - 1)).isEqualTo("FOIA s.44");
        assertThat(foia).doesNotContain("FOIA s.25");
        assertThat(ExemptionCatalogue.of(Regime.SAR)).isEmpty();
        assertThat(ExemptionCatalogue.find("FOIA s.99")).isEmpty();
        assertThat(ExemptionCatalogue.find(null)).isEmpty();
        assertThat(ExemptionCatalogue.find(" FOIA s.21 ")).isPresent();
    }
}
