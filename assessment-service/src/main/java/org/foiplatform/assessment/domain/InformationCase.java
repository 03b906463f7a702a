package org.foiplatform.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A case: one request under one regime, with its statutory clock and an outcome per question.
 * Status changes only through {@link CaseLifecycle}.
 */
public final class InformationCase {

    private final String reference;
    /** The correlation of the request this case is about: every event about the case carries it. */
    private final UUID correlationId;
    private final Regime regime;
    private final LocalDate receivedOn;
    private final LocalDate dueDate;
    private CaseStatus status;
    private List<CaseQuestion> questions;
    private String approvedBy;
    private Instant approvedAt;

    public InformationCase(String reference, UUID correlationId, Regime regime, LocalDate receivedOn, LocalDate dueDate,
            CaseStatus status, List<CaseQuestion> questions, String approvedBy, Instant approvedAt) {
        this.reference = reference;
        this.correlationId = correlationId;
        this.regime = regime;
        this.receivedOn = receivedOn;
        this.dueDate = dueDate;
        this.status = status;
        this.questions = List.copyOf(questions);
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    /** Opens a case on the date of receipt; the due date comes from the statutory clock (FOIA s.10(1)). */
    public static InformationCase open(String reference, UUID correlationId, LocalDate receivedOn,
            List<CaseQuestion> questions, StatutoryClock clock) {
        return new InformationCase(reference, correlationId, Regime.FOIA, receivedOn, clock.dueDate(receivedOn), CaseStatus.OPEN,
                questions, null, null);
    }

    /**
     * Records and approves the decision: exactly one outcome, with an answer, for every question.
     * Allowed only while the case is open.
     */
    public void approveDecision(List<QuestionDecision> decisions, String approver, Instant at) {
        CaseStatus next = CaseLifecycle.next(status, CaseLifecycle.Action.APPROVE_DECISION);
        List<DecisionProblem> problems = new ArrayList<>();
        Map<Integer, QuestionDecision> byNumber = new HashMap<>();
        Set<Integer> known = new HashSet<>();
        questions.forEach(q -> known.add(q.number()));
        for (int i = 0; i < decisions.size(); i++) {
            QuestionDecision d = decisions.get(i);
            String at_ = "outcomes[" + i + "]";
            if (d.question() == null || !known.contains(d.question())) {
                problems.add(new DecisionProblem(at_ + ".question", "Give the number of a question in this request"));
            } else if (byNumber.putIfAbsent(d.question(), d) != null) {
                problems.add(new DecisionProblem(at_ + ".question", "Give one outcome per question"));
            }
            if (d.outcome() == null) {
                problems.add(new DecisionProblem(at_ + ".outcome", "Choose an outcome"));
            }
            if (d.answer() == null || d.answer().isBlank()) {
                problems.add(new DecisionProblem(at_ + ".answer", "Write the answer the requester will read"));
            }
        }
        for (CaseQuestion q : questions) {
            if (!byNumber.containsKey(q.number()) && problems.isEmpty()) {
                problems.add(new DecisionProblem("outcomes", "Give an outcome for question " + q.number()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDecisionException(problems);
        }
        questions = questions.stream()
                .map(q -> q.decided(byNumber.get(q.number()).outcome(), byNumber.get(q.number()).answer().strip()))
                .toList();
        approvedBy = approver;
        approvedAt = at;
        status = next;
    }

    public String reference() {
        return reference;
    }

    public UUID correlationId() {
        return correlationId;
    }

    public Regime regime() {
        return regime;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public CaseStatus status() {
        return status;
    }

    public List<CaseQuestion> questions() {
        return questions;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
