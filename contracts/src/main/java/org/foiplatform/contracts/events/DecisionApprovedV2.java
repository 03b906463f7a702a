package org.foiplatform.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Version 2 of {@code foi.case.decision-approved}: a second officer approved the decision on every question, and it
 * carries everything a response letter needs without asking another service: the regime and dates (received, due,
 * decided, whether late, and {@code reviewBy}, the last day to ask for an internal review), the requester's name for
 * the salutation, and each question verbatim with its outcome, answer, the exemptions cited with their reasons and
 * public interest tests (FOIA s.17), the cost estimate of a refusal on cost (s.12) and advice and assistance (s.16).
 * {@code caseOutcome} is the outcome of the whole request for the statistics.
 */
public record DecisionApprovedV2(String reference, String regime, Requester requester, LocalDate receivedOn,
        LocalDate dueDate, LocalDate decidedOn, boolean late, LocalDate reviewBy, String caseOutcome, String draftedBy,
        String approvedBy, Instant approvedAt, List<Question> questions) {

    public DecisionApprovedV2 {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(reviewBy, "reviewBy");
        Objects.requireNonNull(caseOutcome, "caseOutcome");
        Objects.requireNonNull(approvedAt, "approvedAt");
        requester = requester == null ? new Requester(null) : requester;
        questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
    }

    /** Who the letter is to: the name the request gave, or null when the case predates it being kept. */
    public record Requester(String name) {
    }

    /** One question as the requester asked it, with what was decided. */
    public record Question(int number, String question, String outcome, String answer, List<Exemption> exemptions,
            CostEstimate costEstimate, String advice) {
        public Question {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(answer, "answer");
            exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
        }
    }

    /**
     * An exemption or exception cited: the provision (e.g. {@code FOIA s.21}), its title, whether it is absolute,
     * why it applies, where the information is (s.21, FOISA s.25) and the public interest test where one applies.
     */
    public record Exemption(String provision, String title, boolean absolute, String reason, String availableAt,
            PublicInterest publicInterest) {
        public Exemption {
            Objects.requireNonNull(provision, "provision");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The public interest in disclosure, in withholding, and the conclusion reached. */
    public record PublicInterest(String forDisclosure, String againstDisclosure, String conclusion) {
    }

    /**
     * The estimate behind a refusal on cost, worked out under the Fees Regulations named in {@code regulations}:
     * each line, the hours and cost in all, and the limit it exceeds.
     */
    public record CostEstimate(String regulations, List<Item> items, BigDecimal hours, BigDecimal costPounds,
            BigDecimal limitPounds, BigDecimal limitHours, BigDecimal poundsPerHour) {
        public CostEstimate {
            items = List.copyOf(Objects.requireNonNull(items, "items"));
        }
    }

    /**
     * One activity of an estimate: so many units at so many minutes each, and how that was worked out. {@code request}
     * is null for work on this request, or the reference of a related request whose cost is aggregated with it (the
     * Fees Regulations 2004 reg 5: the same requester, or others acting in concert or as a campaign, within sixty
     * consecutive working days); the letter names it.
     */
    public record Item(String activity, long units, BigDecimal minutesPerUnit, BigDecimal hours, String explanation,
            String request) {

        /** A line for work on this request itself. */
        public Item(String activity, long units, BigDecimal minutesPerUnit, BigDecimal hours, String explanation) {
            this(activity, units, minutesPerUnit, hours, explanation, null);
        }
    }
}
