package org.foiplatform.response.infrastructure.rendering;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.response.application.LetterRenderer;
import org.foiplatform.response.domain.LetterContent;
import org.foiplatform.response.domain.LetterKind;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Lays letters out with the templates in {@code templates/letters/}: one per law (FOIA, EIR, FOISA, EIRS, and
 * subject access) and one for an internal review's outcome, sharing the contact block, the answers, the refusal
 * notice and the rights paragraphs. Qute escapes every value in an .html template, so text from requesters and
 * officers cannot inject markup; the markup itself is XHTML, as the PDF renderer requires.
 */
@ApplicationScoped
public class QuteLetterRenderer implements LetterRenderer {

    private final Engine engine;
    private final PdfWriter pdf;

    public QuteLetterRenderer(Engine engine, PdfWriter pdf) {
        this.engine = engine;
        this.pdf = pdf;
    }

    @Override
    public String html(LetterContent content) {
        return render(content, false);
    }

    @Override
    public String text(String html) {
        return PlainText.fromXhtml(html);
    }

    @Override
    public byte[] pdf(LetterContent content) {
        return pdf.write(render(content, true));
    }

    private String render(LetterContent content, boolean forPdf) {
        Template template = engine.getTemplate(templateFor(content));
        return template.data("letter", content).data("pdf", forPdf)
                // The reference goes into a CSS string for the page footer: only the characters a reference has.
                .data("cssReference", content.reference().replaceAll("[^A-Za-z0-9-]", "")).render();
    }

    static String templateFor(LetterContent content) {
        if (content.kind() == LetterKind.REVIEW) {
            return "letters/review";
        }
        return "letters/" + content.framework().regime().toLowerCase(Locale.ROOT);
    }
}
