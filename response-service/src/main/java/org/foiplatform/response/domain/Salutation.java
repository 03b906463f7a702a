package org.foiplatform.response.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a letter greets and takes leave of its reader, in agreement: "Dear Ms Okafor ... Yours sincerely" to a named
 * person, "Dear Sir or Madam ... Yours faithfully" when no usable name was given (a blank, an email address, a
 * pseudonym such as "anon" or a single letter). A name that starts with a title keeps the title and the surname.
 */
public record Salutation(String greeting, String close) {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "sir", "dame", "lord", "lady", "rev", "revd", "reverend", "cllr", "councillor");
    private static final Set<String> NOT_NAMES = Set.of("anon", "anonymous", "n/a", "na", "none", "unknown",
            "requester", "citizen", "resident", "test", "sir", "madam", "sir or madam");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");

    public static final Salutation UNNAMED = new Salutation("Dear Sir or Madam", "Yours faithfully");

    public static Salutation to(String name) {
        if (name == null) {
            return UNNAMED;
        }
        String plain = name.strip().replaceAll("\\s+", " ");
        if (plain.isEmpty() || plain.contains("@") || NOT_NAMES.contains(plain.toLowerCase(Locale.UK))) {
            return UNNAMED;
        }
        String[] words = plain.split(" ");
        if (!Arrays.stream(words).allMatch(w -> LETTERS.matcher(w).matches())) {
            return UNNAMED;
        }
        String first = words[0].replace(".", "").toLowerCase(Locale.UK);
        if (TITLES.contains(first)) {
            if (words.length < 2) {
                return UNNAMED;
            }
            return new Salutation("Dear " + words[0] + " " + words[words.length - 1], "Yours sincerely");
        }
        if (words.length == 1 && words[0].replace(".", "").length() < 2) {
            return UNNAMED;
        }
        return new Salutation("Dear " + plain, "Yours sincerely");
    }
}
