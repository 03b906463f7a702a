package org.foiplatform.notification.domain;

import java.util.List;
import java.util.Objects;

/**
 * A response letter as fetched for one attempt at sending it, every rendering checked against its claim: the HTML
 * and the plain text become the email's two parts, the rest (the PDF) its attachments. It lives only for that
 * attempt and is never stored.
 */
public record Letter(String html, String text, List<Email.Attachment> attachments) {

    public Letter {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
    }
}
