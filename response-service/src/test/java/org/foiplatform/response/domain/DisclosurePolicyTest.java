package org.foiplatform.response.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisclosurePolicyTest {

    @ParameterizedTest(name = "{0}, consent {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            FOIA  | true  | published
            EIR   | true  | published
            FOISA | true  | published
            EIRS  | true  | published
            FOIA  | false | the requester did not consent to publication
            SAR   | true  | a subject access request is never published
            SAR   | false | a subject access request is never published
            PECR  | true  | the law 'PECR' is not one the disclosure log publishes
            """)
    void only_consented_responses_under_the_information_laws_are_published(String regime, boolean consent,
            String expected) {
        String reason = DisclosurePolicy.reasonNotToPublish(regime, consent);
        assertThat(reason == null ? "published" : reason).isEqualTo(expected);
    }

    @Test
    void the_title_is_the_first_question_on_one_line_cut_at_a_word() {
        DisclosureEntry.Question longOne = new DisclosureEntry.Question(1, "How many " + "potholes ".repeat(30)
                + "?", "NOT_HELD", null, null);
        String title = DisclosurePolicy.titleOf(List.of(longOne), "FOI-2026-000123");
        assertThat(title).hasSizeLessThanOrEqualTo(DisclosurePolicy.TITLE_LENGTH).endsWith("potholes…");
        assertThat(DisclosurePolicy.titleOf(List.of(new DisclosureEntry.Question(1, "Two\n  lines", "NOT_HELD",
                null, null)), "FOI-2026-000123")).isEqualTo("Two lines");
        assertThat(DisclosurePolicy.titleOf(List.of(), "FOI-2026-000123")).isEqualTo("Request FOI-2026-000123");
    }
}
