package org.foiplatform.notification.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.notification.domain.Email;
import org.foiplatform.notification.domain.Letter;
import org.foiplatform.notification.domain.LetterClaim;
import org.foiplatform.notification.domain.OutgoingMessage;

/**
 * Fetches the letter a message claims, each rendering checked against the size and SHA-256 the event gave, so
 * that the requester gets exactly the letter that was issued or nothing. The HTML and the text are required: they
 * are the email. The PDF, when the letter has one, is attached as {@code <reference>-letter-v<version>.pdf}.
 */
@ApplicationScoped
public class FetchLetter {

    private final LetterDocuments documents;

    public FetchLetter(LetterDocuments documents) {
        this.documents = documents;
    }

    /** The letter, checked; throws {@link LetterDocuments.Unavailable} if any rendering cannot be had as claimed. */
    public Letter fetch(OutgoingMessage message, LetterClaim claim) {
        String html = text(claim, "html");
        String text = text(claim, "text");
        List<Email.Attachment> attachments = claim.document("pdf")
                .map(pdf -> List.of(new Email.Attachment(
                        message.reference() + "-letter-v" + claim.letterVersion() + ".pdf", pdf.mediaType(),
                        checked(pdf))))
                .orElse(List.of());
        return new Letter(html, text, attachments);
    }

    private String text(LetterClaim claim, String format) {
        LetterClaim.Document document = claim.document(format).orElseThrow(() -> new LetterDocuments.Unavailable(
                "Letter " + claim.letterId() + " has no " + format + " rendering, and the email needs one", true,
                null));
        // response-service serves its renderings in UTF-8 (the media types in the event say charset=UTF-8).
        return new String(checked(document), StandardCharsets.UTF_8);
    }

    private byte[] checked(LetterClaim.Document document) {
        byte[] content = documents.fetch(document.path(), document.bytes()).content();
        String sha256 = sha256(content);
        if (content.length != document.bytes() || !sha256.equals(document.sha256())) {
            // Not the document that was issued: it has been changed or replaced since. Asking again gets the same.
            throw new LetterDocuments.Unavailable("The letter's " + document.format() + " at " + document.path()
                    + " is not the one issued: " + content.length + " bytes with SHA-256 " + sha256 + ", expected "
                    + document.bytes() + " bytes with SHA-256 " + document.sha256(), true, null);
        }
        return content;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
