package org.foiplatform.response.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each compliance rule, with a letter that fails it and the same letter put right. */
class ComplianceCheckTest {

    private static List<ComplianceRule> rulesFailed(LetterContent letter) {
        return ComplianceCheck.check(letter).stream().map(Finding::rule).distinct().toList();
    }

    @Test
    void a_complete_letter_passes_every_rule() {
        LetterContent letter = Letters.foia(Letters.provided(1), Letters.withheld(2, Letters.qualified("FOIA s.43(2)")),
                Letters.costLimit(3, "Ask about one year and we can answer."));
        assertThat(ComplianceCheck.check(letter)).isEmpty();
    }

    static Stream<Arguments> rules() {
        LetterContent.Answer good = Letters.provided(1);
        return Stream.of(
                Arguments.of(ComplianceRule.EVERY_QUESTION_ANSWERED,
                        Letters.foia(good, new LetterContent.Answer(2, "Q?", "INFORMATION_PROVIDED", "w", " ",
                                List.of(), null, null)),
                        Letters.foia(good, Letters.provided(2))),
                Arguments.of(ComplianceRule.EVERY_QUESTION_ANSWERED,
                        Letters.foia(good, Letters.provided(3)), Letters.foia(good, Letters.provided(2))),
                Arguments.of(ComplianceRule.EVERY_EXEMPTION_HAS_A_REASON,
                        Letters.foia(Letters.withheld(1)),
                        Letters.foia(Letters.withheld(1, Letters.qualified("FOIA s.43(2)")))),
                Arguments.of(ComplianceRule.EVERY_EXEMPTION_HAS_A_REASON,
                        Letters.foia(Letters.withheld(1, new LetterContent.Citation("FOIA s.40(2)", "Personal data",
                                true, "", null, null, null, null))),
                        Letters.foia(Letters.withheld(1, new LetterContent.Citation("FOIA s.40(2)", "Personal data",
                                true, "It is a third party's personal data.", null, null, null, null)))),
                Arguments.of(ComplianceRule.PUBLIC_INTEREST_TEST_WHERE_IT_APPLIES,
                        Letters.foia(Letters.withheld(1, new LetterContent.Citation("FOIA s.43(2)", "Commercial",
                                false, "Harm.", null, "For.", null, null))),
                        Letters.foia(Letters.withheld(1, Letters.qualified("FOIA s.43(2)")))),
                // Every EIR exception is subject to the test, even one the officer marked absolute.
                Arguments.of(ComplianceRule.PUBLIC_INTEREST_TEST_WHERE_IT_APPLIES,
                        Letters.content("EIR", "Ms Jane Okafor", LocalDate.of(2024, 6, 17), Letters.withheld(1,
                                new LetterContent.Citation("EIR 12(5)(e)", "Confidentiality", true, "Harm.", null,
                                        null, null, null))),
                        Letters.content("EIR", "Ms Jane Okafor", LocalDate.of(2024, 6, 17),
                                Letters.withheld(1, Letters.qualified("EIR 12(5)(e)")))),
                Arguments.of(ComplianceRule.PROVISIONS_OF_THE_RIGHT_LAW,
                        Letters.content("EIR", "Ms Jane Okafor", LocalDate.of(2024, 6, 17),
                                Letters.withheld(1, Letters.qualified("FOIA s.43(2)"))),
                        Letters.content("EIR", "Ms Jane Okafor", LocalDate.of(2024, 6, 17),
                                Letters.withheld(1, Letters.qualified("EIR 12(5)(e)")))),
                Arguments.of(ComplianceRule.PROVISIONS_OF_THE_RIGHT_LAW,
                        Letters.foia(Letters.withheld(1, Letters.qualified("EIR 12(5)(e)"))),
                        Letters.foia(Letters.withheld(1, Letters.qualified("FOIA s.43(2)")))),
                Arguments.of(ComplianceRule.COST_REFUSAL_COMPLETE,
                        Letters.foia(Letters.costLimit(1, null)), Letters.foia(Letters.costLimit(1, "Narrow it."))),
                Arguments.of(ComplianceRule.COST_REFUSAL_COMPLETE,
                        Letters.foia(new LetterContent.Answer(1, "Q?", "COST_LIMIT", "w", "Too costly.", List.of(),
                                null, "Narrow it.")),
                        Letters.foia(Letters.costLimit(1, "Narrow it."))),
                Arguments.of(ComplianceRule.ACCESSIBLE_ELSEWHERE_SAYS_WHERE,
                        Letters.foia(Letters.withheld(1, new LetterContent.Citation("FOIA s.21", "Accessible", true,
                                "It is published.", null, null, null, null))),
                        Letters.foia(Letters.withheld(1, new LetterContent.Citation("FOIA s.21", "Accessible", true,
                                "It is published.", "https://www.example-city.gov.uk/contracts", null, null,
                                null)))),
                Arguments.of(ComplianceRule.REVIEW_DATE_AND_REGULATOR,
                        Letters.content("FOIA", "Ms Jane Okafor", null, good), Letters.foia(good)),
                Arguments.of(ComplianceRule.NO_PLACEHOLDERS,
                        Letters.foia(new LetterContent.Answer(1, "Q?", "INFORMATION_PROVIDED", "w", "The total is "
                                + "TBC.", List.of(), null, null)), Letters.foia(good)),
                Arguments.of(ComplianceRule.NO_PLACEHOLDERS,
                        Letters.foia(new LetterContent.Answer(1, "Q?", "INFORMATION_PROVIDED", "w", "[Insert "
                                + "figure]", List.of(), null, null)), Letters.foia(good)),
                Arguments.of(ComplianceRule.NO_PLACEHOLDERS,
                        Letters.foia(new LetterContent.Answer(1, "Q?", "INFORMATION_PROVIDED", "w", "We spent £XX.",
                                List.of(), null, null)), Letters.foia(good)),
                Arguments.of(ComplianceRule.REQUESTER_NAMED,
                        Letters.content("FOIA", "anon", LocalDate.of(2024, 6, 17), good), Letters.foia(good)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void each_rule_fails_its_bad_letter_and_passes_the_letter_put_right(ComplianceRule rule, LetterContent bad,
            LetterContent good) {
        assertThat(rulesFailed(bad)).contains(rule);
        assertThat(rulesFailed(good)).doesNotContain(rule);
        assertThat(ComplianceCheck.blocks(ComplianceCheck.check(bad)))
                .isEqualTo(rule.severity() == ComplianceRule.Severity.BLOCKING);
    }

    @Test
    void the_authority_must_be_reachable() {
        Authority noEmail = new Authority("Example City Council", "Team", "Civic Centre", null, "", null, null, null,
                "OGL", null, null, null);
        LetterContent letter = Letters.foia(Letters.provided(1));
        LetterContent without = new LetterContent(letter.kind(), letter.reference(), letter.regime(),
                letter.dateOfIssue(), noEmail, letter.subject(), letter.requesterName(), letter.receivedOn(),
                letter.dueDate(), false, null, letter.reviewBy(), letter.answers(), null);
        assertThat(rulesFailed(without)).containsExactly(ComplianceRule.AUTHORITY_CONTACT_DETAILS);
    }

    @Test
    void a_review_letter_needs_reasons_for_each_finding() {
        LetterContent.ReviewOutcome noReasons = new LetterContent.ReviewOutcome(LocalDate.of(2024, 5, 20),
                LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 10), false, "UPHELD", "Upheld", List.of(
                        new LetterContent.Finding(1, "Q?", "NOT_HELD", "UPHELD", "Upheld", " ")));
        LetterContent review = new LetterContent(LetterKind.REVIEW, "FOI-2024-000123", "FOIA",
                LocalDate.of(2024, 6, 10), Letters.AUTHORITY, "The internal review", "Ms Jane Okafor", null, null,
                false, null, null, List.of(), noReasons);
        assertThat(rulesFailed(review)).containsExactly(ComplianceRule.EVERY_REVIEW_FINDING_EXPLAINED);
    }

    @Test
    void findings_name_the_question_and_come_blocking_first() {
        List<Finding> findings = ComplianceCheck.check(Letters.content("FOIA", "", LocalDate.of(2024, 6, 17),
                Letters.provided(1), Letters.costLimit(2, null)));
        assertThat(findings.get(0).blocking()).isTrue();
        assertThat(findings.get(0).question()).isEqualTo(2);
        assertThat(findings.get(0).message()).contains("Question 2", "advice", "section 16");
        assertThat(findings.get(findings.size() - 1).rule()).isEqualTo(ComplianceRule.REQUESTER_NAMED);
    }
}
