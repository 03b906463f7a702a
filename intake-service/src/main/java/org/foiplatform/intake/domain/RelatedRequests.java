package org.foiplatform.intake.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which earlier requests look like a new one, for the officer to decide on (intake decides nothing). Two kinds count:
 * <ul>
 * <li>the same requester (the same email address, in any case) asking again for substantially the same thing, at a
 * similarity of at least {@code sameRequesterSimilarity}: a possible repeated request (FOIA s.14(2): "identical or
 * substantially similar" to one already answered for the same person) or one whose cost may be aggregated with this
 * one (the Fees Regulations 2004 reg 5(1)(a));</li>
 * <li>near-identical words from someone else, at a similarity of at least {@code campaignSimilarity}: a round-robin
 * or campaign request (reg 5(1)(b): requests by different persons acting in concert or in pursuance of a
 * campaign).</li>
 * </ul>
 * Similarity is pg_trgm's (shared trigrams of the two {@link #comparableText}s over all their trigrams, 0 to 1),
 * worked out by the database over the requests of the look-back window; this class only sorts and keeps. The most
 * alike come first, at most {@code most} of them.
 */
public final class RelatedRequests {

    /** The most characters of a request's words compared: enough for any title and first questions. */
    public static final int COMPARABLE_LENGTH = 1000;

    private final double sameRequesterSimilarity;
    private final double campaignSimilarity;
    private final int most;

    /** An earlier request the database found, with its requester's email address and its similarity. */
    public record Candidate(String reference, Instant receivedAt, String email, double similarity) {
    }

    /** An earlier request that counts, rounded to three places. */
    public record Related(String reference, Instant receivedAt, double similarity, boolean sameRequester) {
    }

    public RelatedRequests(double sameRequesterSimilarity, double campaignSimilarity, int most) {
        if (!(sameRequesterSimilarity > 0 && sameRequesterSimilarity <= 1 && campaignSimilarity > 0
                && campaignSimilarity <= 1)) {
            throw new IllegalArgumentException("Similarities are above 0 and at most 1: " + sameRequesterSimilarity
                    + ", " + campaignSimilarity);
        }
        this.sameRequesterSimilarity = sameRequesterSimilarity;
        this.campaignSimilarity = campaignSimilarity;
        this.most = most;
    }

    /** The lower of the two thresholds: no candidate below it can count. */
    public double lowestSimilarity() {
        return Math.min(sameRequesterSimilarity, campaignSimilarity);
    }

    /** The candidates that count for a request from {@code email}, most alike first, at most {@code most}. */
    public List<Related> select(String email, List<Candidate> candidates) {
        List<Related> related = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (seen.contains(candidate.reference())) {
                continue;
            }
            seen.add(candidate.reference());
            boolean same = sameRequester(email, candidate.email());
            if (candidate.similarity() >= (same ? sameRequesterSimilarity : campaignSimilarity)) {
                related.add(new Related(candidate.reference(), candidate.receivedAt(),
                        Math.round(Math.min(1, candidate.similarity()) * 1000) / 1000.0, same));
            }
        }
        related.sort(Comparator.comparingDouble(Related::similarity).reversed()
                .thenComparing(Related::receivedAt, Comparator.reverseOrder()));
        return related.size() > most ? List.copyOf(related.subList(0, most)) : List.copyOf(related);
    }

    /** The same person: the same email address, in any case (the domain part is case-blind, RFC 5321 s.2.4). */
    public static boolean sameRequester(String email, String other) {
        return email != null && other != null && email.strip().equalsIgnoreCase(other.strip());
    }

    /**
     * The words compared: the title and the questions, in lower case, with one space between words, at most
     * {@link #COMPARABLE_LENGTH} characters. (pg_trgm itself ignores case and anything but letters and digits; this
     * keeps the stored text short and the same however it was spaced.)
     */
    public static String comparableText(String title, List<String> questions) {
        StringBuilder text = new StringBuilder();
        if (title != null) {
            text.append(title).append(' ');
        }
        for (String question : questions) {
            text.append(question).append(' ');
        }
        String words = text.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (Text.length(words) <= COMPARABLE_LENGTH) {
            return words;
        }
        return words.substring(0, words.offsetByCodePoints(0, COMPARABLE_LENGTH));
    }
}
