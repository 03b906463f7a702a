package org.foiplatform.response.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a letter says, before it is laid out: the letter's structured content, kept with the letter so that every
 * rendering (HTML, text, PDF) comes from the same facts and a check can say which question is wrong. All text is the
 * requester's or an officer's: every rendering escapes it. {@code requesterName}, {@code receivedOn}, {@code dueDate}
 * and {@code reviewBy} are null when the decision did not carry them (a version 1 event); {@code review} is set only
 * for a {@link LetterKind#REVIEW} letter; {@code workingDaysLate} only when the response is late and the calendar
 * could count it.
 */
public record LetterContent(LetterKind kind, String reference, String regime, LocalDate dateOfIssue,
        Authority authority, String subject, String requesterName, LocalDate receivedOn, LocalDate dueDate,
        boolean late, Integer workingDaysLate, LocalDate reviewBy, List<Answer> answers, ReviewOutcome review,
        String requesterAddress) {

    /** Outcomes that refuse all or part of what was asked, so that the letter is also a refusal notice. */
    private static final Set<String> REFUSING = Set.of("PARTLY_PROVIDED", "EXEMPT", "NEITHER_CONFIRM_NOR_DENY",
            "COST_LIMIT", "VEXATIOUS", "REPEATED", "COST_LIMIT_EXCEEDED", "VEXATIOUS_OR_REPEATED");

    public LetterContent {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** A letter to a requester who did not ask for a reply by post. */
    public LetterContent(LetterKind kind, String reference, String regime, LocalDate dateOfIssue, Authority authority,
            String subject, String requesterName, LocalDate receivedOn, LocalDate dueDate, boolean late,
            Integer workingDaysLate, LocalDate reviewBy, List<Answer> answers, ReviewOutcome review) {
        this(kind, reference, regime, dateOfIssue, authority, subject, requesterName, receivedOn, dueDate, late,
                workingDaysLate, reviewBy, answers, review, null);
    }

    /** The same letter addressed to a postal address (when the requester asked for the reply by post). */
    public LetterContent withAddress(String address) {
        return new LetterContent(kind, reference, regime, dateOfIssue, authority, subject, requesterName, receivedOn,
                dueDate, late, workingDaysLate, reviewBy, answers, review, address);
    }

    /** The postal address one line at a time (kept with a line per comma or new line). */
    public List<String> requesterAddressLines() {
        return requesterAddress == null ? List.of() : java.util.Arrays.stream(requesterAddress.split("[,\\n]"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public LegalFramework framework() {
        return LegalFramework.of(regime);
    }

    public Salutation salutation() {
        return Salutation.to(requesterName);
    }

    /** True when anything asked for is refused or withheld: the letter then carries the refusal notice's elements. */
    public boolean refuses() {
        return answers.stream().anyMatch(a -> REFUSING.contains(a.outcome()));
    }

    /** The same content with no requester name or address: what the disclosure log shows. */
    public LetterContent anonymous() {
        return new LetterContent(kind, reference, regime, dateOfIssue, authority, subject, null, receivedOn, dueDate,
                late, workingDaysLate, reviewBy, answers, review, null);
    }

    /** One question with its outcome (the code, and as the requester reads it), answer and what backs the outcome. */
    public record Answer(int number, String question, String outcome, String wording, String answer,
            List<Citation> citations, Estimate estimate, String advice) {
        public Answer {
            citations = citations == null ? List.of() : List.copyOf(citations);
        }

        public boolean refuses() {
            return REFUSING.contains(outcome);
        }
    }

    /** An exemption or exception cited, why it applies, and the public interest test where there is one. */
    public record Citation(String provision, String title, boolean absolute, String reason, String availableAt,
            String forDisclosure, String againstDisclosure, String conclusion) {
        public boolean hasPublicInterestTest() {
            return conclusion != null;
        }
    }

    /** The estimate behind a refusal on cost: each line, the total, and the limit it exceeds. */
    public record Estimate(String regulations, List<Line> lines, String hours, String cost, String limit,
            String limitHours, String rate) {
        public Estimate {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        /** The related requests whose cost the estimate adds (reg 5), each once, as the letter names them. */
        public List<String> aggregated() {
            return lines.stream().map(Line::request).filter(java.util.Objects::nonNull).distinct().toList();
        }
    }

    /**
     * One activity of an estimate; {@code request} is null for work on this request, or the reference of a related
     * request whose cost is added to it (the Fees Regulations 2004 reg 5).
     */
    public record Line(String activity, long units, String minutesPerUnit, String hours, String explanation,
            String request) {

        /** A line for work on this request itself. */
        public Line(String activity, long units, String minutesPerUnit, String hours, String explanation) {
            this(activity, units, minutesPerUnit, hours, explanation, null);
        }
    }

    /** What an internal review decided, for a review letter. */
    public record ReviewOutcome(LocalDate requestedOn, LocalDate dueDate, LocalDate decidedOn, boolean late,
            String outcome, String wording, List<Finding> findings) {
        public ReviewOutcome {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }

    /** The review's finding on one question, and why. */
    public record Finding(int number, String question, String originalOutcome, String finding, String wording,
            String reasons) {
    }
}
