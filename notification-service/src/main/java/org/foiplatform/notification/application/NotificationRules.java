package org.foiplatform.notification.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.events.CaseAssigned;
import org.foiplatform.contracts.events.DecisionSubmitted;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.ClarificationRequested;
import org.foiplatform.contracts.events.DeadlineApproaching;
import org.foiplatform.contracts.events.DeadlineExtended;
import org.foiplatform.contracts.events.DeadlineMissed;
import org.foiplatform.contracts.events.DueDateChanged;
import org.foiplatform.contracts.events.FeesNoticeIssued;
import org.foiplatform.contracts.events.LetterBlocked;
import org.foiplatform.contracts.events.NotificationFailed;
import org.foiplatform.contracts.events.RequestWithdrawn;
import org.foiplatform.contracts.events.RequestLapsed;
import org.foiplatform.contracts.events.ReviewRequested;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.contracts.events.ResponseIssuedV2;
import org.foiplatform.notification.domain.LetterClaim;
import org.foiplatform.notification.domain.Recipient;

/**
 * The one table of which event calls for which email. A rule names the event, whether it applies, the
 * template pair ({@code templates/<kind>.html} and {@code .txt}) and the model the template shows, taken
 * from the event: every figure in an email (days, dates) comes from here, never from the template. Adding
 * an email is one rule and one template pair.
 */
public final class NotificationRules {

    /**
     * Due-date changes the requester is told of here. A clock stopped for clarification or a fee gets its own email
     * (ClarificationRequested, FeesNoticeIssued), and so does an extension: DeadlineExtended says why and under which
     * law, and assessment-service publishes it with a DueDateChanged of cause EXTENDED for the same extension, so that
     * cause is left out here and the requester gets one email for one extension.
     */
    private static final Set<String> DUE_DATE_CHANGES_TOLD = Set.of("CALENDAR_CHANGED", "REGIME_CHANGED",
            "CLOCK_RESTARTED");
    /** The letter of an internal review's outcome (ResponseIssued v2); every other kind is a response to a request. */
    private static final String REVIEW_LETTER = "REVIEW";
    /** Dates of instants (when a requester withdrew, asked for a review...) as the UK calendar has them. */
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** FOIA s.9(2), FOISA s.9(4): three months from the day the fees notice is given to pay it. */
    private static final Period TIME_TO_PAY = Period.ofMonths(3);
    private static final Set<String> THREE_MONTHS_TO_PAY = Set.of("FOIA", "FOISA");
    private static final String OFFICERS_KIND_PREFIX = "officer-";
    /**
     * In an officers' email's model, the address it goes to instead of the team's mailbox (the assigned officer's
     * own), and the name to greet there.
     */
    public static final String TO = "to";
    public static final String TO_NAME = "toName";

    /**
     * One kind of email and the event that calls for it: to whom it goes ({@code recipient}), whether it applies to
     * this event, the template pair ({@code kind}) and the model. Several rules may answer one event type (each with
     * its own {@code applies}); each email they call for has its own idempotency key.
     */
    public record Rule<T extends Record>(EventType type, Class<T> payloadType, String kind, Recipient recipient,
            Predicate<T> applies, Function<T, String> reference, Function<T, Map<String, String>> model) {

        public Rule {
            if ((recipient == Recipient.OFFICERS) != sentToOfficers(kind)) {
                throw new IllegalArgumentException("Officers' kinds, and only theirs, start with officer-: " + kind);
            }
        }

        static <T extends Record> Rule<T> toRequester(EventType type, Class<T> payloadType, String kind,
                Predicate<T> applies, Function<T, String> reference, Function<T, Map<String, String>> model) {
            return new Rule<>(type, payloadType, kind, Recipient.REQUESTER, applies, reference, model);
        }

        /** Officers' kinds start with {@code officer-}, so that the two can be told apart wherever a kind is shown. */
        static <T extends Record> Rule<T> toOfficers(EventType type, Class<T> payloadType, String kind,
                Predicate<T> applies, Function<T, String> reference, Function<T, Map<String, String>> model) {
            return new Rule<>(type, payloadType, kind, Recipient.OFFICERS, applies, reference, model);
        }
    }

    public static final List<Rule<?>> ALL = List.of(
            // To the requester, in the request's thread.
            Rule.toRequester(EventType.CASE_OPENED, CaseOpened.class, "acknowledgement", opened -> true,
                    CaseOpened::reference, opened -> model(
                            "regime", opened.regime(),
                            "receivedOn", date(opened.receivedOn()),
                            "dueDate", date(opened.dueDate()),
                            "workingDays", String.valueOf(opened.workingDays()))),
            Rule.toRequester(EventType.DUE_DATE_CHANGED, DueDateChanged.class, "due-date-changed",
                    changed -> changed.dueDate() != null && DUE_DATE_CHANGES_TOLD.contains(changed.cause())
                            && !changed.dueDate().equals(changed.previousDueDate()),
                    DueDateChanged::reference, changed -> model(
                            "regime", changed.regime(),
                            "cause", changed.cause(),
                            "reason", changed.reason(),
                            "previousDueDate", date(changed.previousDueDate()),
                            "dueDate", date(changed.dueDate()),
                            "workingDays", String.valueOf(changed.workingDays()))),
            // FOIA s.1(3), EIR reg 9(4), FOISA s.1(3): the clock stops, and starts afresh when the answer arrives.
            Rule.toRequester(EventType.CLARIFICATION_REQUESTED, ClarificationRequested.class, "clarification-requested",
                    asked -> true, ClarificationRequested::reference, asked -> model(
                            "regime", asked.regime(),
                            "requestedOn", date(asked.requestedOn()),
                            "question", asked.question(),
                            "lapsesOn", date(asked.lapsesOn()))),
            // FOIA s.9, EIR reg 8, FOISA s.9: the amount, how it was worked out, and the date by which to pay.
            Rule.toRequester(EventType.FEES_NOTICE_ISSUED, FeesNoticeIssued.class, "fees-notice", notice -> true,
                    FeesNoticeIssued::reference, notice -> model(
                            "regime", notice.regime(),
                            "issuedOn", date(notice.issuedOn()),
                            "amount", pounds(notice.amountPounds()),
                            "calculation", notice.calculation(),
                            "payBy", date(payBy(notice)))),
            // FOIA s.10(3) (public interest), EIR and EIRS reg 7 (complex and voluminous), UK GDPR Art. 12(3).
            Rule.toRequester(EventType.DEADLINE_EXTENDED, DeadlineExtended.class, "deadline-extended",
                    extended -> extended.dueDate() != null, DeadlineExtended::reference, extended -> model(
                            "regime", extended.regime(),
                            "extendedOn", date(extended.extendedOn()),
                            "provision", extended.provision(),
                            "amount", String.valueOf(extended.amount()),
                            "unit", extended.unit(),
                            "reason", extended.reason(),
                            "previousDueDate", date(extended.previousDueDate()),
                            "dueDate", date(extended.dueDate()),
                            "refusalNoticeDue", date(extended.refusalNoticeDue()))),
            Rule.toRequester(EventType.REVIEW_REQUESTED, ReviewRequested.class, "review-received", review -> true,
                    ReviewRequested::reference, review -> model(
                            "requestedOn", date(ukDate(review.requestedAt())),
                            "grounds", review.grounds())),
            Rule.toRequester(EventType.REQUEST_WITHDRAWN, RequestWithdrawn.class, "withdrawal-confirmed",
                    withdrawn -> true, RequestWithdrawn::reference, withdrawn -> model(
                            "withdrawnOn", date(ukDate(withdrawn.withdrawnAt())),
                            "reason", blankToNull(withdrawn.reason()))),
            Rule.toRequester(EventType.REQUEST_LAPSED, RequestLapsed.class, "lapsed", lapsed -> true,
                    RequestLapsed::reference, lapsed -> model(
                            "waitingFor", lapsed.waitingFor(),
                            "since", date(lapsed.since()),
                            "lapsesOn", date(lapsed.lapsesOn()),
                            "lapsedOn", date(lapsed.lapsedOn()),
                            "provision", lapsed.provision())),
            Rule.toRequester(EventType.RESPONSE_ISSUED, ResponseIssued.class, "response", issued -> true,
                    ResponseIssued::reference, issued -> model(
                            "subject", issued.subject(),
                            "letterHtml", issued.letterHtml())),
            // Version 2 carries where the letter is, not the letter: the model keeps that claim (a few hundred
            // bytes), and SendMessage fetches the letter, HTML, text and PDF, each time it tries the email. The same
            // kind as version 1, so that the request's timeline names it "the response letter" either way.
            Rule.toRequester(EventType.RESPONSE_ISSUED_V2, ResponseIssuedV2.class, "response",
                    issued -> !REVIEW_LETTER.equals(issued.kind()), ResponseIssuedV2::reference,
                    NotificationRules::letterModel),
            // An internal review's outcome letter goes the same way, under its own subject.
            Rule.toRequester(EventType.RESPONSE_ISSUED_V2, ResponseIssuedV2.class, "review-outcome",
                    issued -> REVIEW_LETTER.equals(issued.kind()), ResponseIssuedV2::reference,
                    NotificationRules::letterModel),

            // To the officers' mailbox: not threaded with the requester's emails.
            Rule.toOfficers(EventType.DEADLINE_APPROACHING, DeadlineApproaching.class, "officer-deadline-approaching",
                    approaching -> true, DeadlineApproaching::reference, approaching -> model(
                            "regime", approaching.regime(),
                            "deadline", deadline(approaching.deadline()),
                            "dueDate", date(approaching.dueDate()),
                            "workingDaysLeft", String.valueOf(approaching.workingDaysLeft()),
                            "status", approaching.status())),
            Rule.toOfficers(EventType.DEADLINE_MISSED, DeadlineMissed.class, "officer-deadline-missed",
                    missed -> true, DeadlineMissed::reference, missed -> model(
                            "regime", missed.regime(),
                            "deadline", deadline(missed.deadline()),
                            "dueDate", date(missed.dueDate()),
                            "status", missed.status())),
            Rule.toOfficers(EventType.LETTER_BLOCKED, LetterBlocked.class, "officer-letter-blocked", blocked -> true,
                    LetterBlocked::reference, NotificationRules::blockedModel),
            // The officer a case is given to, at their account's address (else the team's mailbox).
            Rule.toOfficers(EventType.CASE_ASSIGNED, CaseAssigned.class, "officer-case-assigned",
                    assigned -> assigned.officer() != null || assigned.team() != null, CaseAssigned::reference,
                    assigned -> model(
                            TO, assigned.officerEmail(),
                            TO_NAME, assigned.officer(),
                            "regime", assigned.regime(),
                            "team", assigned.team(),
                            "officer", assigned.officer(),
                            "assignedBy", assigned.assignedBy(),
                            "dueDate", date(assigned.dueDate()))),
            // Four eyes: a decision waits for a second officer.
            Rule.toOfficers(EventType.DECISION_SUBMITTED, DecisionSubmitted.class, "officer-approval-requested",
                    submitted -> true, DecisionSubmitted::reference, submitted -> model(
                            "regime", submitted.regime(),
                            "draftedBy", submitted.draftedBy(),
                            "outcome", submitted.outcome(),
                            "questions", String.valueOf(submitted.questions()),
                            "dueDate", date(submitted.dueDate()))),
            // Never about an officers' email: one that fails would otherwise call for another, without end.
            Rule.toOfficers(EventType.NOTIFICATION_FAILED, NotificationFailed.class, "officer-notification-failed",
                    failed -> !sentToOfficers(failed.kind()), NotificationFailed::reference, failed -> model(
                            "failedKind", failed.kind(),
                            "permanent", String.valueOf(failed.permanent()),
                            "attempts", String.valueOf(failed.attempts()),
                            "reason", failed.reason(),
                            "failedAt", failed.failedAt().toString())));

    /** Whether emails of this kind go to the officers: their kinds, and only theirs, start with officer-. */
    public static boolean sentToOfficers(String kind) {
        return kind.startsWith(OFFICERS_KIND_PREFIX);
    }

    /** The rules of each event type, in the table's order. */
    public static Map<EventType, List<Rule<?>>> byType() {
        Map<EventType, List<Rule<?>>> byType = new LinkedHashMap<>();
        for (Rule<?> rule : ALL) {
            byType.computeIfAbsent(rule.type(), type -> new java.util.ArrayList<>()).add(rule);
        }
        return byType;
    }

    /**
     * The blocking findings, as a list in the flat model ({@code findings[0].message}...), which the composer gives
     * the template as a list. Warnings did not stop the letter, so they are not what the officer must put right.
     */
    private static Map<String, String> blockedModel(LetterBlocked blocked) {
        Map<String, String> model = model(
                "letterKind", blocked.kind() == null ? "DECISION" : blocked.kind(),
                "letterId", blocked.letterId().toString(),
                "letterVersion", String.valueOf(blocked.letterVersion()),
                "blockedAt", blocked.blockedAt().toString());
        List<LetterBlocked.Finding> blocking = blocked.findings().stream()
                .filter(finding -> "BLOCKING".equals(finding.severity())).toList();
        for (int i = 0; i < blocking.size(); i++) {
            LetterBlocked.Finding finding = blocking.get(i);
            model.putAll(model(
                    "findings[" + i + "].rule", finding.rule(),
                    "findings[" + i + "].question", finding.question() == null ? null : finding.question().toString(),
                    "findings[" + i + "].message", finding.message()));
        }
        return model;
    }

    /** The date the event gives; if none, three months from the notice where the law gives that time to pay. */
    private static LocalDate payBy(FeesNoticeIssued notice) {
        if (notice.lapsesOn() != null) {
            return notice.lapsesOn();
        }
        return THREE_MONTHS_TO_PAY.contains(notice.regime()) ? notice.issuedOn().plus(TIME_TO_PAY) : null;
    }

    /** £12.50, £1,250.00. */
    private static String pounds(BigDecimal amount) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static LocalDate ukDate(Instant instant) {
        return instant == null ? null : instant.atZone(UK).toLocalDate();
    }

    /** REQUEST or REVIEW; an event from before the field was added is about the request. */
    private static String deadline(String deadline) {
        return deadline == null ? "REQUEST" : deadline;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

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
