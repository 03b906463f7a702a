package org.foiplatform.response.infrastructure.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.foiplatform.response.application.DisclosureSearch;
import org.foiplatform.response.domain.CaseOutcomeWording;
import org.foiplatform.response.domain.DisclosureEntry;
import org.foiplatform.response.domain.OutcomeWording;

import io.quarkus.qute.RawString;

/** What the disclosure log's templates show, with dates and outcomes already put in words. */
public final class Views {

    /** Dates as GOV.UK writes them: 18 April 2024. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Views() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** One result of a search. {@code snippet} is escaped HTML with {@code <mark>} round the matches only. */
    public record HitView(String reference, String title, String law, String outcome, String respondedOn,
            List<String> exemptions, RawString snippet) {

        static HitView of(DisclosureSearch.Hit hit) {
            return new HitView(hit.reference(), hit.title(), OutcomeWording.law(hit.regime()),
                    CaseOutcomeWording.of(hit.caseOutcome()), date(hit.respondedOn()), hit.exemptions(),
                    hit.snippetHtml() == null ? null : new RawString(hit.snippetHtml()));
        }
    }

    /** A question as its page shows it. */
    public record QuestionView(int number, String question, String outcome, String answer, List<String> exemptions) {
    }

    /** An entry as its page shows it. */
    public record EntryView(String reference, String title, String regime, String law, String outcome,
            String respondedOn, String publishedOn, List<String> exemptions, List<QuestionView> questions) {

        static EntryView of(DisclosureEntry e, ZoneId zone) {
            return new EntryView(e.reference(), e.title(), e.regime(), OutcomeWording.law(e.regime()),
                    CaseOutcomeWording.of(e.caseOutcome()), date(e.respondedOn()), date(e.publishedAt(), zone),
                    e.exemptions(), e.questions().stream().map(q -> new QuestionView(q.number(), q.question(),
                            q.outcomeInWords(), q.answer(), q.exemptions())).toList());
        }
    }

    /** An option of a select: its value, its words, and whether it is chosen. */
    public record Option(String value, String text, boolean selected) {
    }
}
