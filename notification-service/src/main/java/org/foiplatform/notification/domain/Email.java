package org.foiplatform.notification.domain;

import java.util.UUID;

/** An email ready to send. {@code messageId} lets a mail system recognise a resend of the same message. */
public record Email(UUID messageId, String to, String subject, String html, String text) {
}
