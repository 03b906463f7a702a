package org.foiplatform.notification.domain;

/**
 * An email ready to send. {@code messageId} is its {@code Message-ID}, the same on every attempt, so that a
 * mail system recognises a resend as the same message; {@code threadId} is the {@code Message-ID} of the
 * request's acknowledgement, which the email answers ({@code In-Reply-To}, {@code References}) so that a
 * mail client shows a request's emails as one conversation; it is null for the acknowledgement itself.
 */
public record Email(String messageId, String threadId, String to, String subject, String html, String text) {
}
