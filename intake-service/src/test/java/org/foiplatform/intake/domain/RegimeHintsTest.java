package org.foiplatform.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegimeHintsTest {

    @ParameterizedTest(name = "{0}: \"{1}\" suggests {2} because {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            FOIA  | What were the nitrogen dioxide readings of the air quality monitors on Station Road in 2025?  | EIR  | air quality
            FOIA  | How many complaints about noise from the Red Lion did you receive, and what did you do?      | EIR  | noise
            FOIA  | Please send the flood risk assessment for the Mill Lane planning application 23/01234/FUL.   | EIR  | planning application; flood
            FOIA  | How many trees did the council fell in Hillside Park last year, and why?                     | EIR  | trees
            FOIA  | Which sites are on your contaminated land register?                                         | EIR  | contaminated land
            FOIA  | How many tonnes of household waste went to landfill in 2024?                                 | EIR  | waste; landfill
            FOIA  | What were the carbon emissions of the council's vehicle fleet?                               | EIR  | carbon; emissions
            FOIA  | How much did the council spend on energy for its offices in 2025?                            | EIR  | energy
            FOIA  | What reports of sewage discharges into the River Wey have you had?                           | EIR  | discharges; sewage; river
            FOISA | What were the air quality readings in Leith in 2025?                                         | EIRS | air quality
            EIR   | What were the air quality readings in 2025?                                                  | none | none
            EIRS  | Tell me about the fly-tipping on Canal Street.                                               | none | none
            FOIA  | Please send me all the information you hold about me.                                        | SAR  | hold about me
            FOIA  | I would like a copy of my personal data, including my housing records.                       | SAR  | my personal data; my housing records
            EIR   | This is a subject access request for the noise complaints I made.                            | SAR  | subject access
            FOIA  | Can I see my records from children's services?                                              | SAR  | my records
            SAR   | Send me all the data you have about me.                                                      | none | none
            FOIA  | How many potholes were reported on Mill Lane in 2025?                                        | none | none
            FOIA  | What did the council spend on agency staff last year?                                        | none | none
            FOIA  | How many wasted journeys did the bin lorries make?                                          | none | none
            """)
    void the_words_suggest_a_law_other_than_the_one_the_request_was_made_under(String madeUnder, String question,
            String suggested, String because) {
        Optional<RegimeHints.Hint> hint = RegimeHints.suggest(Regime.valueOf(madeUnder), "A request",
                List.of(question));

        if (suggested == null) {
            assertThat(hint).isEmpty();
        } else {
            assertThat(hint).isPresent();
            assertThat(hint.get().regime()).isEqualTo(Regime.valueOf(suggested));
            assertThat(hint.get().because()).containsExactlyElementsOf(Arrays.stream(because.split(";"))
                    .map(String::strip).toList());
        }
    }

    @org.junit.jupiter.api.Test
    void each_word_given_is_at_most_100_characters_and_at_most_ten_are_given() {
        String spaced = "I want my personal" + " ".repeat(300) + "data.";
        assertThat(RegimeHints.suggest(Regime.FOIA, null, List.of(spaced)).orElseThrow().because())
                .containsExactly("my personal data");
        String longWord = "my " + "x".repeat(200) + " records";
        assertThat(RegimeHints.suggest(Regime.FOIA, null, List.of(longWord))).isEmpty();
        String tabs = "subject" + "\t".repeat(150) + "access";
        assertThat(RegimeHints.suggest(Regime.FOIA, null, List.of(tabs)).orElseThrow().because())
                .containsExactly("subject access");
        String everything = "air quality, emissions, pollution, waste, planning, flooding, noise, contaminated land,"
                + " trees, water, energy, wildlife, soil, radiation";
        assertThat(RegimeHints.suggest(Regime.FOIA, null, List.of(everything)).orElseThrow().because())
                .hasSize(RegimeHints.MOST_WORDS);
    }
}
