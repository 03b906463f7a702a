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
    private final ContactBook contacts;
    private final EmailComposer composer;
    private final FetchLetter letters;

    public DeliveryLog(MessageStore messages, ContactBook contacts, EmailComposer composer, FetchLetter letters) {
        this.messages = messages;
        this.contacts = contacts;
        this.composer = composer;
        this.letters = letters;
    }

    /**
     * A message to be printed and posted (the requester asked for replies by post), as the HTML page the email would
     * have been: a letter's own HTML for a response. Empty if there is no such message waiting for the post.
     */
    @Transactional
    public java.util.Optional<org.foiplatform.notification.domain.Email> printable(java.util.UUID id) {
        return messages.find(id)
                .filter(message -> message.delivery().status() == org.foiplatform.notification.domain.MessageStatus.TO_POST)
                .flatMap(message -> contacts.find(message.reference()).map(contact -> composer.compose(message, contact,
                        org.foiplatform.notification.domain.LetterClaim.in(message.model())
                                .map(claim -> letters.fetch(message, claim)).orElse(null))));
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
