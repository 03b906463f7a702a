package org.foiplatform.notification.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.DueDateChanged;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.contracts.events.ResponseIssuedV2;
import org.foiplatform.notification.domain.LetterClaim;

/**
 * The one table of which event calls for which email. A rule names the event, whether it applies, the
 * template pair ({@code templates/<kind>.html} and {@code .txt}) and the model the template shows, taken
 * from the event: every figure in an email (days, dates) comes from here, never from the template. Adding
 * an email is one rule and one template pair.
 */
public final class NotificationRules {

    /** Due-date changes the requester is told of. A clock stopped for clarification or a fee gets its own email. */
    private static final Set<String> DUE_DATE_CHANGES_TOLD = Set.of("CALENDAR_CHANGED", "REGIME_CHANGED", "EXTENDED",
            "CLOCK_RESTARTED");

    /** One kind of email and the event that calls for it. */
    public record Rule<T extends Record>(EventType type, Class<T> payloadType, String kind, Predicate<T> applies,
            Function<T, String> reference, Function<T, Map<String, String>> model) {
    }

    public static final List<Rule<?>> ALL = List.of(
            new Rule<>(EventType.CASE_OPENED, CaseOpened.class, "acknowledgement", opened -> true,
                    CaseOpened::reference, opened -> model(
                            "regime", opened.regime(),
                            "receivedOn", date(opened.receivedOn()),
                            "dueDate", date(opened.dueDate()),
                            "workingDays", String.valueOf(opened.workingDays()))),
            new Rule<>(EventType.DUE_DATE_CHANGED, DueDateChanged.class, "due-date-changed",
                    changed -> changed.dueDate() != null && DUE_DATE_CHANGES_TOLD.contains(changed.cause())
                            && !changed.dueDate().equals(changed.previousDueDate()),
                    DueDateChanged::reference, changed -> model(
                            "regime", changed.regime(),
                            "cause", changed.cause(),
                            "reason", changed.reason(),
                            "previousDueDate", date(changed.previousDueDate()),
                            "dueDate", date(changed.dueDate()),
                            "workingDays", String.valueOf(changed.workingDays()))),
            new Rule<>(EventType.RESPONSE_ISSUED, ResponseIssued.class, "response", issued -> true,
                    ResponseIssued::reference, issued -> model(
                            "subject", issued.subject(),
                            "letterHtml", issued.letterHtml())),
            // Version 2 carries where the letter is, not the letter: the model keeps that claim (a few hundred
            // bytes), and SendMessage fetches the letter, HTML, text and PDF, each time it tries the email. The same
            // kind as version 1, so that the request's timeline names it "the response letter" either way; a
            // review's outcome letter (kind REVIEW) goes to the requester in the same way.
            new Rule<>(EventType.RESPONSE_ISSUED_V2, ResponseIssuedV2.class, "response", issued -> true,
                    ResponseIssuedV2::reference, NotificationRules::letterModel));

    private static Map<String, String> letterModel(ResponseIssuedV2 issued) {
        Map<String, String> model = model("subject", issued.subject(), "letterKind", issued.kind());
        model.putAll(new LetterClaim(issued.letterId(), issued.letterVersion(), issued.documents().stream()
                .filter(document -> LetterClaim.FORMATS.contains(document.format()))
                .map(document -> new LetterClaim.Document(document.format(), document.mediaType(), document.path(),
                        document.bytes(), document.sha256()))
                .toList()).model());
        return model;
    }

    private NotificationRules() {
    }

    /** Pairs of keys and values; a null value is left out, so a template tests it with {@code #if}. */
    private static Map<String, String> model(String... pairs) {
        Map<String, String> model = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                model.put(pairs[i], pairs[i + 1]);
            }
        }
        return model;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
