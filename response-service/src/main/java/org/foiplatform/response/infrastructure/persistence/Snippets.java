package org.foiplatform.response.infrastructure.persistence;

/**
 * Turns a ts_headline snippet into safe HTML: the whole text is escaped first, then only the control-character
 * markers the query asked ts_headline for become {@code <mark>} and {@code </mark>}. Text from requesters and
 * officers can never bring a tag of its own.
 */
public final class Snippets {

    private Snippets() {
    }

    public static String toHtml(String headline) {
        if (headline == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(headline.length() + 32);
        boolean open = false;
        for (int i = 0; i < headline.length(); i++) {
            char ch = headline.charAt(i);
            switch (ch) {
                case JdbcDisclosureLog.START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case JdbcDisclosureLog.STOP -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> {
                    if (!Character.isISOControl(ch) || ch == '\n' || ch == '\t') {
                        html.append(ch);
                    }
                }
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
