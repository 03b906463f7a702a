package org.foiplatform.response.infrastructure.rendering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Formatting the letter templates use. */
@TemplateExtension
public final class LetterTemplateExtensions {

    /** Dates as GOV.UK writes them: 18 April 2024. */
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LetterTemplateExtensions() {
    }

    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** "the Information Commissioner's Office" at the start of a sentence. */
    static String capitalised(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
