package org.foiplatform.notification.application;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.notification.domain.OutgoingMessage;

/** What happened to every email about a request, for the officers who handle it. */
@ApplicationScoped
public class DeliveryLog {

    /** The reference of a request, as intake-service gives it: FOI-2026-000123. */
    private static final Pattern REFERENCE = Pattern.compile("FOI-\\d{4}-\\d{6,}");

    private final MessageStore messages;

    public DeliveryLog(MessageStore messages) {
        this.messages = messages;
    }

    @Transactional
    public List<OutgoingMessage> forRequest(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new InvalidReferenceException("Give the reference of the request, like FOI-2026-000123");
        }
        if (reference.length() > 32 || !REFERENCE.matcher(reference).matches()) {
            throw new InvalidReferenceException("Use a reference like FOI-2026-000123");
        }
        return messages.forReference(reference);
    }

    /** The reference asked for is missing or not one. */
    public static final class InvalidReferenceException extends RuntimeException {
        public InvalidReferenceException(String reason) {
            super(reason);
        }
    }
}
