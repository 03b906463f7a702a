package org.foiplatform.notification.domain;

import java.util.List;
import java.util.Objects;

/**
 * An email ready to send. {@code messageId} is its {@code Message-ID}, the same on every attempt, so that a
 * mail system recognises a resend as the same message; {@code threadId} is the {@code Message-ID} of the
 * request's acknowledgement, which the email answers ({@code In-Reply-To}, {@code References}) so that a
 * mail client shows a request's emails as one conversation; it is null for the acknowledgement itself.
 * {@code attachments} are files sent with it, such as the response letter's PDF.
 */
public record Email(String messageId, String threadId, String to, String subject, String html, String text,
        List<Attachment> attachments) {

    public Email {
        attachments = List.copyOf(attachments);
    }

    /** An email with nothing attached. */
    public Email(String messageId, String threadId, String to, String subject, String html, String text) {
        this(messageId, threadId, to, subject, html, text, List.of());
    }

    /**
     * A file sent with an email: its name as the requester sees it, its media type and its bytes. The bytes are
     * the caller's own array, not copied: an attachment is made once, just before it is sent, and read once.
     */
    public record Attachment(String name, String contentType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }

        @Override
        public String toString() {
            return "Attachment[" + name + ", " + contentType + ", " + content.length + " bytes]";
        }
    }
}
