package org.foiplatform.response.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.foiplatform.response.domain.DisclosureEntry;

/** What the public may read of the disclosure log: published entries that were not taken down, and nothing else. */
public interface DisclosureSearch {

    int PAGE_SIZE = 20;
    int FEED_SIZE = 50;

    /**
     * A search. {@code text} is the words as typed (web search syntax: "quoted phrase", or, -word); null or blank
     * lists the newest first. Every filter may be null.
     */
    record Query(String text, LocalDate respondedFrom, LocalDate respondedTo, String regime, String outcome,
            String exemption, int page) {
        public boolean hasText() {
            return text != null && !text.isBlank();
        }
    }

    /**
     * One result. {@code snippetHtml} is HTML-escaped text in which only the matched words are wrapped in
     * {@code <mark>}; null when the query had no words.
     */
    record Hit(String reference, String title, String regime, String caseOutcome, LocalDate respondedOn,
            Instant publishedAt, List<String> exemptions, String snippetHtml, double rank) {
    }

    record Page(List<Hit> hits, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    Page search(Query query);

    /** The public entry for the reference, if there is one. */
    Optional<DisclosureEntry> published(String reference);

    /** The latest published entries, newest first, for the feed. */
    List<DisclosureEntry> latest(int count);
}
