package org.foiplatform.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RelatedRequestsTest {

    private static final Instant EARLIER = Instant.parse("2026-03-30T14:05:00Z");

    private final RelatedRequests rule = new RelatedRequests(0.5, 0.8, 20);

    private static RelatedRequests.Candidate candidate(String reference, String email, double similarity) {
        return new RelatedRequests.Candidate(reference, EARLIER, email, similarity);
    }

    @Test
    void the_same_requester_counts_from_the_lower_threshold_and_in_any_case_of_their_address() {
        List<RelatedRequests.Related> related = rule.select("Jane@Example.org", List.of(
                candidate("FOI-2026-000001", "jane@example.org", 0.5),
                candidate("FOI-2026-000002", "JANE@EXAMPLE.ORG", 0.49)));

        assertThat(related).containsExactly(new RelatedRequests.Related("FOI-2026-000001", EARLIER, 0.5, true));
    }

    @Test
    void someone_else_counts_only_from_the_campaign_threshold() {
        List<RelatedRequests.Related> related = rule.select("jane@example.org", List.of(
                candidate("FOI-2026-000003", "sam@example.org", 0.79),
                candidate("FOI-2026-000004", "kim@example.org", 0.8)));

        assertThat(related).containsExactly(new RelatedRequests.Related("FOI-2026-000004", EARLIER, 0.8, false));
    }

    @Test
    void the_most_alike_come_first_rounded_to_three_places_each_once_and_at_most_the_limit() {
        List<RelatedRequests.Candidate> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(candidate("FOI-2026-0001%02d".formatted(i), "c" + i + "@example.org", 0.8 + i / 200.0));
        }
        many.add(candidate("FOI-2026-000199", "jane@example.org", 0.912345));
        many.add(candidate("FOI-2026-000199", "jane@example.org", 0.912345));

        List<RelatedRequests.Related> related = new RelatedRequests(0.5, 0.8, 20).select("jane@example.org", many);

        assertThat(related).hasSize(20);
        assertThat(related.get(0).reference()).isEqualTo("FOI-2026-000129");
        assertThat(related).extracting(RelatedRequests.Related::similarity).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(related).filteredOn(r -> r.reference().equals("FOI-2026-000199")).singleElement()
                .satisfies(r -> {
                    assertThat(r.similarity()).isEqualTo(0.912);
                    assertThat(r.sameRequester()).isTrue();
                });
    }

    @Test
    void the_lowest_threshold_is_asked_of_the_database_and_thresholds_outside_0_to_1_are_refused() {
        assertThat(rule.lowestSimilarity()).isEqualTo(0.5);
        assertThat(new RelatedRequests(0.9, 0.6, 20).lowestSimilarity()).isEqualTo(0.6);
        assertThatThrownBy(() -> new RelatedRequests(0, 0.8, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RelatedRequests(0.5, 1.2, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_words_compared_are_the_title_and_questions_in_lower_case_single_spaced_and_capped() {
        assertThat(RelatedRequests.comparableText("Potholes  on Mill Lane",
                List.of("How many\nwere reported?", "  And REPAIRED?\t")))
                .isEqualTo("potholes on mill lane how many were reported? and repaired?");
        assertThat(RelatedRequests.comparableText(null, List.of("Trees"))).isEqualTo("trees");
        String long_ = "\uD83C\uDF33".repeat(1500);
        assertThat(Text.length(RelatedRequests.comparableText(null, List.of(long_))))
                .isEqualTo(RelatedRequests.COMPARABLE_LENGTH);
    }
}
