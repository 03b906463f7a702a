package org.foiplatform.response.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a page of results says about the rest, with the count capped at 1,000. */
class DisclosureSearchPageTest {

    private static DisclosureSearch.Page page(int hits, long total, int page) {
        return new DisclosureSearch.Page(Collections.nCopies(hits, (DisclosureSearch.Hit) null), total, page,
                DisclosureSearch.PAGE_SIZE);
    }

    @Test
    void an_exact_count_gives_the_pages_and_the_last_has_no_next() {
        DisclosureSearch.Page first = page(20, 21, 1);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.moreThanCap()).isFalse();
        assertThat(page(1, 21, 2).hasNext()).isFalse();
        assertThat(page(0, 0, 1).pages()).isEqualTo(1);
    }

    @Test
    void past_the_cap_the_count_says_more_than_a_thousand_and_a_full_page_always_has_a_next() {
        DisclosureSearch.Page deep = page(20, DisclosureSearch.COUNT_CAP + 1, 70);
        assertThat(deep.moreThanCap()).isTrue();
        assertThat(deep.hasNext()).isTrue();
        assertThat(page(20, 1_000, 50).hasNext()).isFalse();
        // The last page of a large result counts exactly.
        assertThat(page(7, 1_427, 72).moreThanCap()).isFalse();
        assertThat(page(7, 1_427, 72).hasNext()).isFalse();
        assertThat(List.of(page(20, 1_001, 1).moreThanCap())).containsExactly(true);
    }
}
