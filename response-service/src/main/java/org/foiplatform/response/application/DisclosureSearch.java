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
    /** Matches are counted up to this many; past it a search says "more than 1,000". */
    int COUNT_CAP = 1_000;

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

    /**
     * A page of results. {@code total} is exact up to {@link #COUNT_CAP}; above it, it is {@code COUNT_CAP + 1} and
     * {@link #moreThanCap()} is true (on the last pages of a large result it is exact again).
     */
    record Page(List<Hit> hits, long total, int page, int pageSize) {
        public boolean moreThanCap() {
            return total == COUNT_CAP + 1 && hits.size() == pageSize;
        }

        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        /** Whether a next page may have results. */
        public boolean hasNext() {
            return moreThanCap() ? hits.size() == pageSize : page < pages();
        }
    }

    Page search(Query query);

    /** The public entry for the reference, if there is one. */
    Optional<DisclosureEntry> published(String reference);

    /** The latest published entries, newest first, for the feed. */
    List<DisclosureEntry> latest(int count);
}
