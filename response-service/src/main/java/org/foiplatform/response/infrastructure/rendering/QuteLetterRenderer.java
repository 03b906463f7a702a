package org.foiplatform.response.infrastructure.rendering;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.response.application.LetterRenderer;
import org.foiplatform.response.domain.LetterContent;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** Renders {@code templates/letter.html}. Qute escapes every value in an .html template. */
@ApplicationScoped
public class QuteLetterRenderer implements LetterRenderer {

    /** Dates as GOV.UK writes them: 18 April 2024. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Template letter;

    public QuteLetterRenderer(@Location("letter.html") Template letter) {
        this.letter = letter;
    }

    @Override
    public String renderHtml(LetterContent content) {
        return letter.data("letter", content).data("dateOfIssue", DATE.format(content.dateOfIssue()))
                .data("receivedOn", format(content.receivedOn())).data("dueDate", format(content.dueDate()))
                .data("reviewBy", format(content.reviewBy())).render();
    }

    private static String format(java.time.LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
