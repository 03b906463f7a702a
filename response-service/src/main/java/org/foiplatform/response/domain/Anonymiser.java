package org.foiplatform.response.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text before it is published on the disclosure log: the requester's name (the whole name
 * and each part of it, case-insensitive, as whole words), email addresses, UK phone numbers and UK postcodes.
 * A disclosure under FOIA is to the world (ICO guidance on the disclosure log), so the requester's identity must
 * not go with it (UK GDPR art. 5(1)(c), data minimisation). What is masked is replaced by a plain-words marker,
 * so a reader sees that something was removed. Control characters are dropped: the search uses two of them to
 * mark highlighted words.
 */
public final class Anonymiser {

    public static final String NAME = "[name removed]";
    public static final String EMAIL = "[email address removed]";
    public static final String PHONE = "[phone number removed]";
    public static final String POSTCODE = "[postcode removed]";

    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /**
     * A UK number: +44 (optionally with a (0)) or 0, then 9 or 10 more digits, spaces or hyphens between them
     * allowed: 01632 960123, 020 7946 0958, +44 7700 900123, 07700900123, +44 (0)1632 960123.
     */
    private static final Pattern PHONE_NUMBER = Pattern.compile(
            "(?<![\\w+-])(?:\\+44[\\s-]?(?:\\(0\\)[\\s-]?)?|\\(?0)(?:\\d\\)?[\\s-]?){8,9}\\d(?![\\w-])");
    /** A full UK postcode, outward and inward code: EX1 1AA, SW1A 2AA, M1 1AE, B33 8TH (the space is optional). */
    private static final Pattern POSTCODE_PATTERN = Pattern.compile(
            "\\b(?:GIR\\s?0AA|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[ABD-HJLNP-UW-Z]{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    /** Titles and parts too short to be told apart from ordinary words are not masked on their own. */
    private static final Set<String> NOT_NAMES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir",
            "dame", "lord", "lady", "rev", "and", "the", "of", "von", "van", "de", "la", "le", "du", "da");

    private final List<Pattern> names;

    /** @param requesterName the requester's name, or null when it is not known (nothing to mask by name) */
    public Anonymiser(String requesterName) {
        this.names = namePatterns(requesterName);
    }

    private static List<Pattern> namePatterns(String requesterName) {
        if (requesterName == null || requesterName.isBlank()) {
            return List.of();
        }
        String whole = requesterName.strip().replaceAll("\\s+", " ");
        Set<String> forms = new LinkedHashSet<>();
        forms.add(whole);
        List<String> parts = new ArrayList<>(List.of(whole.split("[\\s,]+")));
        for (String part : List.copyOf(parts)) {
            if (part.contains("-")) {
                parts.addAll(List.of(part.split("-")));
            }
        }
        for (String part : parts) {
            String bare = part.replaceAll("^[.'’-]+|[.'’-]+$", "");
            if (bare.length() >= 2 && !NOT_NAMES.contains(bare.toLowerCase(Locale.UK))) {
                forms.add(bare);
            }
        }
        // The longest first, so the whole name is masked as one before its parts.
        List<String> ordered = new ArrayList<>(forms);
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        List<Pattern> patterns = new ArrayList<>();
        for (String form : ordered) {
            String words = Pattern.quote(form).replace(" ", "\\E\\s+\\Q");
            patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            // The form an HTML letter holds it in: O'Brien is O&#39;Brien there.
            String escaped = escapeHtml(form);
            if (!escaped.equals(form)) {
                patterns.add(Pattern.compile(Pattern.quote(escaped), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        return List.copyOf(patterns);
    }

    /** The text with personal data masked; null stays null. */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = CONTROL.matcher(text).replaceAll("");
        masked = EMAIL_ADDRESS.matcher(masked).replaceAll(Matcher.quoteReplacement(EMAIL));
        masked = PHONE_NUMBER.matcher(masked).replaceAll(Matcher.quoteReplacement(PHONE));
        // Written in capitals or all in small letters; "M5 3rd" (a road and a lane) is not a postcode.
        masked = POSTCODE_PATTERN.matcher(masked).replaceAll(m -> {
            String found = m.group();
            boolean oneCase = found.equals(found.toUpperCase(Locale.UK)) || found.equals(found.toLowerCase(Locale.UK));
            return Matcher.quoteReplacement(oneCase ? POSTCODE : found);
        });
        for (Pattern name : names) {
            masked = name.matcher(masked).replaceAll(Matcher.quoteReplacement(NAME));
        }
        return masked;
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
