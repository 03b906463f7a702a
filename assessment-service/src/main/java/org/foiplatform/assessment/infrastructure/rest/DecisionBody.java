package org.foiplatform.assessment.infrastructure.rest;

import java.util.List;

import org.foiplatform.assessment.domain.CitedExemption;
import org.foiplatform.assessment.domain.Outcome;
import org.foiplatform.assessment.domain.QuestionDecision;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An officer's draft decision: per question the outcome, the answer for the requester and, as the outcome needs,
 * the exemptions cited, the cost estimate and advice and assistance.
 */
public record DecisionBody(List<QuestionOutcomeBody> outcomes) {

    public record QuestionOutcomeBody(Integer question, Outcome outcome, String answer, List<ExemptionBody> exemptions,
            List<CostItemBody> costEstimate, String advice) {

        QuestionDecision toDecision() {
            return new QuestionDecision(question, outcome, answer, exemptions == null ? List.of()
                    : exemptions.stream().map(e -> e == null ? null : e.toCited()).toList(),
                    costEstimate == null ? null : costEstimate.stream().map(i -> i == null ? null : i.toItem()).toList(),
                    advice);
        }
    }

    /** {@code {"provision": "FOIA s.43(2)", "reason": "…", "availableAt": "…", "publicInterest": {…}}}. */
    public record ExemptionBody(String provision, String reason, String availableAt, PublicInterestBody publicInterest) {
        CitedExemption toCited() {
            return new CitedExemption(provision, reason, availableAt, publicInterest == null ? null
                    : new CitedExemption.PublicInterest(publicInterest.forDisclosure(),
                            publicInterest.againstDisclosure(), publicInterest.conclusion()));
        }
    }

    /** {@code {"for": "…", "against": "…", "conclusion": "…"}}. */
    public record PublicInterestBody(@JsonProperty("for") String forDisclosure,
            @JsonProperty("against") String againstDisclosure, String conclusion) {
    }

    /** A second officer's answer: {@code {"approve": true}} or {@code {"approve": false, "comments": "…"}}. */
    public record ApprovalBody(Boolean approve, String comments) {
    }
}
