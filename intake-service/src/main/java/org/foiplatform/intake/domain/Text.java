package org.foiplatform.intake.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How every piece of text a requester sends is made comparable before it is checked, stored or published: Unicode
 * NFC, so that "é" typed as one character or as "e" and a combining accent is the same text and counts once, and
 * lengths counted in characters (code points), never in the UTF-16 units Java happens to store, so that an emoji
 * counts as one character, as PostgreSQL's {@code varchar(n)} and JSON Schema's {@code maxLength} count it.
 */
public final class Text {

    private Text() {
    }

    /** The text in Unicode NFC; null stays null. */
    public static String nfc(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** Characters (code points) in the text; 0 for null. */
    public static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    /**
     * Control characters other than tab and line breaks (never typed, and NUL cannot even be stored), and halves of
     * a UTF-16 surrogate pair without their other half (not a character at all: no encoding can carry them).
     */
    public static boolean hasUnreadableCharacters(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds half a UTF-16 surrogate pair without the other half. */
    public static boolean hasUnpairedSurrogates(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A postal address as it will be printed on a letter: NFC, one line per line typed (any of CR LF, CR or LF), each
     * line stripped of the spaces around it, blank lines left out. Null or blank gives "".
     */
    public static String postalAddress(String value) {
        if (value == null) {
            return "";
        }
        return Arrays.stream(nfc(value).split("\r\n|\r|\n")).map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
