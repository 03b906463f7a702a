package org.foiplatform.response.infrastructure.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.foiplatform.contracts.InputLimits;
import org.foiplatform.contracts.http.Problem;
import org.foiplatform.response.application.DisclosureSearch;

/**
 * Reads the disclosure log's search parameters, as the pages and the JSON API take them, and says which are wrong
 * and how to put each right. Blank means "not given".
 */
public final class SearchParameters {

    public static final Set<String> REGIMES = Set.of("FOIA", "EIR", "FOISA", "EIRS");
    public static final int MAX_QUERY = 500;
    public static final int MAX_EXEMPTION = 100;
    /** Deep pages cost the database more and help nobody: narrow the search instead. */
    public static final int MAX_PAGE = 500;
    private static final Pattern OUTCOME = Pattern.compile("[A-Z0-9_]{1,64}");
    /** A reference as every service writes it: FOI-2026-000123. */
    public static final Pattern REFERENCE = Pattern.compile("FOI-\\d{4}-\\d{6,20}");

    /** The query, or the fields at fault (then {@code query} is the best reading, for the form to show again). */
    public record Parsed(DisclosureSearch.Query query, List<Problem.FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private SearchParameters() {
    }

    public static Parsed parse(String q, String regime, String outcome, String exemption, String from, String to,
            String page) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_QUERY) {
            errors.add(new Problem.FieldError("q", "Enter at most " + MAX_QUERY + " characters"));
        }
        if (text != null && InputLimits.hasControlCharacters(text)) {
            errors.add(new Problem.FieldError("q", "Enter words without control characters"));
        }
        String law = blankToNull(regime);
        if (law != null && !REGIMES.contains(law)) {
            errors.add(new Problem.FieldError("regime", "Choose FOIA, EIR, FOISA or EIRS"));
            law = null;
        }
        String result = blankToNull(outcome);
        if (result != null && !OUTCOME.matcher(result).matches()) {
            errors.add(new Problem.FieldError("outcome", "Choose an outcome from the list, such as GRANTED_FULL"));
            result = null;
        }
        String provision = blankToNull(exemption);
        if (provision != null && (provision.length() > MAX_EXEMPTION || InputLimits.hasControlCharacters(provision))) {
            errors.add(new Problem.FieldError("exemption",
                    "Enter a provision of at most " + MAX_EXEMPTION + " characters, such as FOIA s.21"));
            provision = null;
        }
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add(new Problem.FieldError("to", "Enter a date on or after the 'from' date"));
        }
        int pageNumber = 1;
        String pageText = blankToNull(page);
        if (pageText != null) {
            try {
                pageNumber = Integer.parseInt(pageText);
                if (pageNumber < 1 || pageNumber > MAX_PAGE) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("page", "Enter a whole number from 1 to " + MAX_PAGE));
                pageNumber = 1;
            }
        }
        return new Parsed(new DisclosureSearch.Query(text, fromDate, toDate, law, result, provision, pageNumber),
                List.copyOf(errors));
    }

    private static LocalDate date(String field, String value, List<Problem.FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "Enter a real date as year-month-day, such as 2024-04-18"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
