package org.foiplatform.intake.infrastructure.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The private links that carry a tracking token. The token goes in the query ({@code ?token=}), not in the path, so
 * that one scheme serves the page, the letter and the forms alike, and the path (which the HTTP metrics record)
 * never holds it. Pages reached by these links send {@code Referrer-Policy: no-referrer} and
 * {@code Cache-Control: no-store}.
 */
public final class TrackingLinks {

    private TrackingLinks() {
    }

    public static String page(String reference, String token) {
        return "/requests/" + reference + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public static String letter(String reference, String token, String format) {
        return "/requests/" + reference + "/letter." + format + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
