package org.foiplatform.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.foiplatform.notification.domain.Letter;
import org.foiplatform.notification.domain.LetterClaim;
import org.foiplatform.notification.domain.OutgoingMessage;
import org.junit.jupiter.api.Test;

/** The letter fetched for an email is exactly the one issued, or the email is not sent. */
class FetchLetterTest {

    private static final UUID LETTER = UUID.fromString("7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2f05");
    private static final byte[] HTML = "<p>Dear Jane,</p>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEXT = "Dear Jane,\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PDF = "%PDF-1.4 a letter".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, byte[]> served = new java.util.HashMap<>(Map.of(
            "/api/letters/" + LETTER + "/letter.html", HTML,
            "/api/letters/" + LETTER + "/letter.txt", TEXT,
            "/api/letters/" + LETTER + "/letter.pdf", PDF));
    private final List<String> fetched = new ArrayList<>();
    private final FetchLetter fetchLetter = new FetchLetter((path, expectedBytes) -> {
        fetched.add(path);
        return new LetterDocuments.Fetched(served.get(path), "application/octet-stream");
    });

    private static LetterClaim.Document claim(String format, String extension, byte[] content, String mediaType) {
        return new LetterClaim.Document(format, mediaType, "/api/letters/" + LETTER + "/letter." + extension,
                content.length, FetchLetter.sha256(content));
    }

    private static LetterClaim claim(LetterClaim.Document... documents) {
        return new LetterClaim(LETTER, 2, List.of(documents));
    }

    private static final LetterClaim WHOLE = claim(claim("html", "html", HTML, "text/html; charset=UTF-8"),
            claim("text", "txt", TEXT, "text/plain; charset=UTF-8"), claim("pdf", "pdf", PDF, "application/pdf"));

    private static OutgoingMessage message(LetterClaim claim) {
        return OutgoingMessage.pending("FOI-2026-000123", "response", claim.model(), "key", Instant.EPOCH,
                Instant.EPOCH.plusSeconds(60), UUID.randomUUID(), UUID.randomUUID());
    }

    @Test
    void the_letter_is_its_html_and_text_with_the_pdf_attached_under_the_reference_and_version() {
        Letter letter = fetchLetter.fetch(message(WHOLE), WHOLE);

        assertThat(letter.html()).isEqualTo("<p>Dear Jane,</p>");
        assertThat(letter.text()).isEqualTo("Dear Jane,\n");
        assertThat(letter.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.name()).isEqualTo("FOI-2026-000123-letter-v2.pdf");
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            assertThat(pdf.content()).isEqualTo(PDF);
        });
    }

    @Test
    void the_claim_survives_the_messages_model() {
        assertThat(LetterClaim.in(message(WHOLE).model())).contains(WHOLE);
        assertThat(LetterClaim.in(Map.of("subject", "A version 1 letter", "letterHtml", "<p>Hi</p>"))).isEmpty();
    }

    @Test
    void a_rendering_that_is_not_the_one_issued_is_a_permanent_failure() {
        byte[] altered = PDF.clone();
        altered[3] ^= 1;
        served.put("/api/letters/" + LETTER + "/letter.pdf", altered);

        assertThatThrownBy(() -> fetchLetter.fetch(message(WHOLE), WHOLE))
                .isInstanceOfSatisfying(LetterDocuments.Unavailable.class, e -> {
                    assertThat(e.permanent()).isTrue();
                    assertThat(e.getMessage()).contains("letter.pdf", "is not the one issued",
                            FetchLetter.sha256(altered), FetchLetter.sha256(PDF));
                });
    }

    @Test
    void a_letter_without_its_html_cannot_be_emailed_and_nothing_is_fetched() {
        LetterClaim noHtml = claim(claim("text", "txt", TEXT, "text/plain"), claim("pdf", "pdf", PDF, "application/pdf"));

        assertThatThrownBy(() -> fetchLetter.fetch(message(noHtml), noHtml))
                .isInstanceOfSatisfying(LetterDocuments.Unavailable.class, e -> assertThat(e.permanent()).isTrue())
                .hasMessageContaining("no html rendering");
        assertThat(fetched).isEmpty();
    }

    @Test
    void a_letter_without_a_pdf_is_emailed_with_nothing_attached() {
        LetterClaim noPdf = claim(claim("html", "html", HTML, "text/html"), claim("text", "txt", TEXT, "text/plain"));

        assertThat(fetchLetter.fetch(message(noPdf), noPdf).attachments()).isEmpty();
    }

    @Test
    void a_fetch_that_fails_for_a_while_is_passed_on_as_one_that_may_pass() {
        FetchLetter unreachable = new FetchLetter((path, expectedBytes) -> {
            throw new LetterDocuments.Unavailable("GET " + path + " answered 503", false, null);
        });

        assertThatThrownBy(() -> unreachable.fetch(message(WHOLE), WHOLE))
                .isInstanceOfSatisfying(LetterDocuments.Unavailable.class, e -> assertThat(e.permanent()).isFalse());
    }
}
