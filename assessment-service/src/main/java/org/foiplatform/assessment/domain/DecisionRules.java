package org.foiplatform.assessment.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.foiplatform.contracts.InputLimits;

/**
 * Whether a decision would make a lawful response, question by question: one outcome with an answer for every
 * question of the request; the exemptions an outcome that withholds information must cite (FOIA s.17(1), EIR reg
 * 14(3)), checked by {@link ExemptionRules}; a cost estimate above the limit, with advice on narrowing the request,
 * for a refusal on cost (FOIA s.12 and s.16, FOISA s.12 and s.15); and limits that keep the largest decision, and
 * the letter that repeats it, well inside the broker's message limit. Each problem names its field, e.g.
 * {@code outcomes[2].publicInterest}.
 */
public final class DecisionRules {

    /** The longest advice and assistance (s.16) for one question. */
    public static final int MAX_ADVICE = 2_000;
    /** The most exemptions cited across a whole decision. */
    public static final int MAX_CITATIONS = 60;
    /** The most cost-estimate lines across a whole decision. */
    public static final int MAX_COST_LINES = 40;

    private DecisionRules() {
    }

    /** A decision that passed: each question as decided, in the request's order. */
    public record Decided(List<CaseQuestion> questions) {
    }

    /**
     * Checks {@code decisions} for a case under {@code regime} with {@code questions}; {@code costLimit} is the
     * regime's limit, empty where it has none. Throws {@link InvalidDecisionException} listing every problem.
     */
    public static Decided check(Regime regime, List<CaseQuestion> questions, List<QuestionDecision> decisions,
            Optional<CostLimit> costLimit) {
        return check(regime, questions, decisions, costLimit, Set.of());
    }

    /**
     * As {@link #check(Regime, List, List, Optional)}, where a refusal on cost may add the costs of the related
     * requests {@code aggregable} (the Fees Regulations 2004 reg 5: {@link Aggregation#aggregable}), each line naming
     * its request.
     */
    public static Decided check(Regime regime, List<CaseQuestion> questions, List<QuestionDecision> decisions,
            Optional<CostLimit> costLimit, Set<String> aggregable) {
        List<DecisionProblem> problems = new ArrayList<>();
        Map<Integer, QuestionDecision> byNumber = new HashMap<>();
        Map<Integer, CostLimit.Estimate> estimates = new HashMap<>();
        Set<Integer> known = questions.stream().map(CaseQuestion::number).collect(Collectors.toSet());
        if (decisions == null || decisions.isEmpty()) {
            throw new InvalidDecisionException(List.of(new DecisionProblem("outcomes",
                    "Give an outcome for each question of the request")));
        }
        if (decisions.size() > questions.size()) {
            throw new InvalidDecisionException(List.of(new DecisionProblem("outcomes", "The request has "
                    + questions.size() + (questions.size() == 1 ? " question" : " questions") + ": give one outcome each")));
        }
        int text = 0;
        int citations = 0;
        int costLines = 0;
        for (int i = 0; i < decisions.size(); i++) {
            QuestionDecision d = decisions.get(i);
            String at = "outcomes[" + i + "]";
            if (d == null) {
                problems.add(new DecisionProblem(at, "Give the question, its outcome and the answer"));
                continue;
            }
            if (d.question() == null || !known.contains(d.question())) {
                problems.add(new DecisionProblem(at + ".question", "Give the number of a question in this request"));
            } else if (byNumber.putIfAbsent(d.question(), d) != null) {
                problems.add(new DecisionProblem(at + ".question", "Give one outcome per question"));
            }
            if (d.outcome() == null) {
                problems.add(new DecisionProblem(at + ".outcome", "Choose an outcome"));
            }
            answer(problems, at + ".answer", d.answer());
            text += length(d.answer());
            text += length(d.advice());
            text += d.exemptions().stream().mapToInt(e -> e == null ? 0 : e.textLength()).sum();
            citations += d.exemptions().size();
            costLines += d.costEstimate() == null ? 0 : d.costEstimate().size();
            if (d.costEstimate() != null) {
                text += d.costEstimate().stream().mapToInt(item -> item == null ? 0 : length(item.explanation())).sum();
            }
            if (d.advice() != null && !d.advice().isBlank()) {
                limited(problems, at + ".advice", d.advice(), MAX_ADVICE);
            }
            if (d.outcome() != null) {
                CostLimit.Estimate estimate = outcomeNeeds(problems, regime, d, at, costLimit, aggregable);
                if (estimate != null && d.question() != null) {
                    estimates.put(d.question(), estimate);
                }
            }
        }
        if (problems.isEmpty()) {
            // The letter repeats every text, escaped: together they must fit the event that carries it (InputLimits).
            if (text > InputLimits.MAX_DECISION_TEXT) {
                problems.add(new DecisionProblem("outcomes", "The answers, reasons and advice come to " + text
                        + " characters: keep them to " + InputLimits.MAX_DECISION_TEXT + " in all, and link to longer"
                        + " material"));
            }
            if (citations > MAX_CITATIONS) {
                problems.add(new DecisionProblem("outcomes", "The decision cites " + citations + " exemptions: keep to "
                        + MAX_CITATIONS + " in all"));
            }
            if (costLines > MAX_COST_LINES) {
                problems.add(new DecisionProblem("outcomes", "The cost estimates have " + costLines + " lines: keep to "
                        + MAX_COST_LINES + " in all"));
            }
            for (CaseQuestion q : questions) {
                if (!byNumber.containsKey(q.number())) {
                    problems.add(new DecisionProblem("outcomes", "Give an outcome for question " + q.number()));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDecisionException(problems);
        }
        return new Decided(questions.stream()
                .map(q -> q.decided(byNumber.get(q.number()), estimates.get(q.number())))
                .toList());
    }

    /** What the outcome needs and refuses; returns the worked-out estimate of a refusal on cost. */
    private static CostLimit.Estimate outcomeNeeds(List<DecisionProblem> problems, Regime regime, QuestionDecision d,
            String at, Optional<CostLimit> costLimit, Set<String> aggregable) {
        Outcome outcome = d.outcome();
        if (outcome.citesExemptions()) {
            if (d.exemptions().isEmpty()) {
                problems.add(new DecisionProblem(at + ".exemptions", "Cite the exemption that "
                        + (outcome == Outcome.NEITHER_CONFIRM_NOR_DENY ? "removes the duty to confirm or deny"
                                : "withholds the information")
                        + ", with the reason it applies (" + refusalProvision(regime) + ")"));
            }
        } else if (!d.exemptions().isEmpty() && outcome != Outcome.NOT_HELD) {
            problems.add(new DecisionProblem(at + ".exemptions", "A question answered " + outcome
                    + " cites no exemptions: choose EXEMPT, PARTLY_PROVIDED or NEITHER_CONFIRM_NOR_DENY to withhold"));
        }
        problems.addAll(ExemptionRules.check(regime, d.exemptions(), at + ".exemptions"));
        if (outcome == Outcome.REPEATED && (regime == Regime.EIR || regime == Regime.EIRS)) {
            problems.add(new DecisionProblem(at + ".outcome", "The " + regime + " have no exception for repeated"
                    + " requests: cite " + (regime == Regime.EIR ? "EIR 12(4)(b)" : "EIRS 10(4)(b)")
                    + " (manifestly unreasonable) with the outcome EXEMPT"));
        }
        if (outcome != Outcome.COST_LIMIT) {
            if (d.costEstimate() != null) {
                problems.add(new DecisionProblem(at + ".costEstimate", "Only a refusal on cost (COST_LIMIT) carries a"
                        + " cost estimate"));
            }
            return null;
        }
        if (costLimit.isEmpty()) {
            problems.add(new DecisionProblem(at + ".outcome", regime + " has no cost limit"
                    + (regime == Regime.EIR || regime == Regime.EIRS ? ": a request too costly to answer is manifestly"
                            + " unreasonable; cite " + (regime == Regime.EIR ? "EIR 12(4)(b)" : "EIRS 10(4)(b)")
                            + " with the outcome EXEMPT" : "")));
            return null;
        }
        // FOIA s.16, FOISA s.15: advice and assistance on how the request could be brought within the limit.
        if (d.advice() == null || d.advice().isBlank()) {
            problems.add(new DecisionProblem(at + ".advice", "Advise the requester how to narrow the request so that it"
                    + " could be answered within the limit (" + (regime == Regime.FOISA ? "FOISA s.15" : "FOIA s.16")
                    + ")"));
        }
        if (d.costEstimate() == null) {
            problems.add(new DecisionProblem(at + ".costEstimate", "Give the estimate: each activity with its units,"
                    + " minutes per unit and how it was worked out"));
            return null;
        }
        CostLimit limit = costLimit.get();
        List<CostLimit.Problem> lines = limit.check(d.costEstimate(), aggregable);
        if (!lines.isEmpty()) {
            lines.forEach(p -> problems.add(new DecisionProblem(p.item() < 0 ? at + ".costEstimate"
                    : at + ".costEstimate[" + p.item() + "]" + (p.field() == null ? "" : "." + p.field()), p.reason())));
            return null;
        }
        CostLimit.Estimate estimate = limit.estimate(d.costEstimate(), aggregable);
        if (!estimate.exceedsLimit()) {
            // FOIA s.12(1): only where the cost of complying "would exceed the appropriate limit"; with reg 5, the
            // total cost of complying with all the aggregated requests.
            problems.add(new DecisionProblem(at + ".costEstimate", "The estimate comes to " + estimate.hours()
                    + " hours (" + pounds(estimate.costPence()) + "), which does not exceed the limit of "
                    + limit.limitHours() + " hours (" + pounds(limit.limitPence()) + "): " + regime
                    + " s.12 does not apply"));
        }
        return estimate;
    }

    private static String refusalProvision(Regime regime) {
        return switch (regime) {
            case EIR -> "EIR reg 14(3)";
            case EIRS -> "EIRS reg 13";
            case FOISA -> "FOISA s.16";
            default -> "FOIA s.17(1)";
        };
    }

    private static void answer(List<DecisionProblem> problems, String field, String answer) {
        if (answer == null || answer.isBlank()) {
            problems.add(new DecisionProblem(field, "Write the answer the requester will read"));
        } else if (InputLimits.hasControlCharacters(answer)) {
            problems.add(new DecisionProblem(field, "Remove the hidden control characters from the answer"));
        } else if (answer.strip().length() > InputLimits.MAX_ANSWER_LENGTH) {
            problems.add(new DecisionProblem(field, "Keep the answer to " + InputLimits.MAX_ANSWER_LENGTH
                    + " characters; put longer information in an attachment or link to where it is published"));
        }
    }

    private static void limited(List<DecisionProblem> problems, String field, String value, int most) {
        if (InputLimits.hasControlCharacters(value)) {
            problems.add(new DecisionProblem(field, "Remove the hidden control characters"));
        } else if (value.strip().length() > most) {
            problems.add(new DecisionProblem(field, "Keep it to " + most + " characters"));
        }
    }

    private static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }

    /** Pence as pounds, e.g. 45000 as "£450.00". */
    public static String pounds(long pence) {
        return String.format(java.util.Locale.UK, "£%d.%02d", pence / 100, pence % 100);
    }
}
