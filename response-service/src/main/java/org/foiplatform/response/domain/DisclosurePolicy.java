package org.foiplatform.response.domain;

import java.util.List;

/**
 * What may go on the public disclosure log, and how an entry is titled.
 */
public final class DisclosurePolicy {

    /** The longest title (the event's schema allows 300); a longer first question is cut at a word. */
    public static final int TITLE_LENGTH = 150;

    private DisclosurePolicy() {
    }

    /** The laws whose responses the log publishes. */
    public static final java.util.Set<String> PUBLISHED_REGIMES = java.util.Set.of("FOIA", "EIR", "FOISA", "EIRS");

    /** Why a response is not published, or null if it may be. */
    public static String reasonNotToPublish(String regime, boolean consentToPublish) {
        if ("SAR".equals(regime)) {
            // UK GDPR art. 15: a subject access request is about the requester's own personal data, which is
            // never disclosed to the world.
            return "a subject access request is never published";
        }
        if (!consentToPublish) {
            return "the requester did not consent to publication";
        }
        if (!PUBLISHED_REGIMES.contains(regime)) {
            // Never fail the letter over the log: an unknown law is left out, and said so in the log.
            return "the law '" + regime + "' is not one the disclosure log publishes";
        }
        return null;
    }

    /** The title of an entry: its first question (already anonymised), on one line, cut at a word if long. */
    public static String titleOf(List<DisclosureEntry.Question> questions, String reference) {
        if (questions.isEmpty() || questions.get(0).question() == null || questions.get(0).question().isBlank()) {
            return "Request " + reference;
        }
        String first = questions.get(0).question().strip().replaceAll("\\s+", " ");
        if (first.length() <= TITLE_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', TITLE_LENGTH - 1);
        return first.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH - 1).stripTrailing() + "…";
    }
}
