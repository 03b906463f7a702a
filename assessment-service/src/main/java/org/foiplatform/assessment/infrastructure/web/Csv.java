package org.foiplatform.assessment.infrastructure.web;

import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a field with a comma, a quote or a line break quoted and
 * its quotes doubled), and safe to open in a spreadsheet: a text field that starts with {@code = + - @}, a tab or a
 * carriage return is prefixed with an apostrophe, so that it is shown as text and never run as a formula (OWASP, "CSV
 * Injection"). Numbers are written as they are.
 */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    /** One row: each value a String (escaped as text) or a Number. */
    Csv row(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values.get(i);
            out.append(v instanceof Number n ? n.toString() : field(v == null ? "" : v.toString()));
        }
        out.append("\r\n");
        return this;
    }

    Csv row(Object... values) {
        return row(List.of(values));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A text field, neutralised and quoted as needed. */
    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
