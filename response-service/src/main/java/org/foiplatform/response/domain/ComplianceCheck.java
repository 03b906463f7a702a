package org.foiplatform.response.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a letter's content against what the law requires of a response and a refusal notice (law-reference.md
 * section 7.2), before it goes and whenever it is previewed. Each finding names its rule, the question it is about and
 * what to put right, in words an officer understands. Blocking findings come first.
 */
public final class ComplianceCheck {

    /** Outcomes that withhold information and so must cite an exemption or exception. */
    private static final Set<String> WITHHOLDING = Set.of("PARTLY_PROVIDED", "EXEMPT", "NEITHER_CONFIRM_NOR_DENY");
    /** FOIA s.21 and FOISA s.25: information reasonably accessible to the applicant by other means. */
    private static final Set<String> ACCESSIBLE_ELSEWHERE = Set.of("FOIA s.21", "FOISA s.25");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\[\\s*insert|\\bTBC\\b|\\bTBA\\b|\\bXX+\\b|\\bTODO\\b|lorem ipsum|\\{\\{|<<", Pattern.CASE_INSENSITIVE);

    private ComplianceCheck() {
    }

    public static List<Finding> check(LetterContent letter) {
        List<Finding> findings = new ArrayList<>();
        LegalFramework law = letter.framework();
        authority(letter.authority(), findings);
        if (letter.kind() == LetterKind.REVIEW) {
            review(letter, findings);
        } else {
            answers(letter, law, findings);
        }
        if (letter.kind() == LetterKind.DECISION && letter.reviewBy() == null) {
            findings.add(Finding.of(ComplianceRule.REVIEW_DATE_AND_REGULATOR, null, "The letter does not give the "
                    + "date by which the requester may ask for an internal review (" + law.refusalNotice() + "). "
                    + "Approve the decision again so that the date is worked out."));
        }
        if (law.regulator() == null || blank(law.regulator().address())) {
            findings.add(Finding.of(ComplianceRule.REVIEW_DATE_AND_REGULATOR, null,
                    "The letter does not say how to complain to the regulator."));
        }
        placeholders(letter, findings);
        if (letter.salutation() == Salutation.UNNAMED) {
            findings.add(Finding.of(ComplianceRule.REQUESTER_NAMED, null, "No usable name was given, so the letter "
                    + "opens \"Dear Sir or Madam\" and closes \"Yours faithfully\"."));
        }
        if (letter.late() && letter.workingDaysLate() == null) {
            findings.add(Finding.of(ComplianceRule.LATENESS_COUNTED, null, "The response is late; the letter "
                    + "apologises but cannot say by how many working days."));
        }
        findings.sort(Comparator.comparing((Finding f) -> f.severity().ordinal())
                .thenComparing(f -> f.question() == null ? 0 : f.question()));
        return List.copyOf(findings);
    }

    /** True if any finding stops the letter. */
    public static boolean blocks(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::blocking);
    }

    private static void authority(Authority authority, List<Finding> findings) {
        if (authority == null || blank(authority.name()) || blank(authority.email()) || blank(authority.address())) {
            findings.add(Finding.of(ComplianceRule.AUTHORITY_CONTACT_DETAILS, null, "The authority's name, email "
                    + "address or postal address is missing from its profile: an admin sets them."));
        }
    }

    private static void answers(LetterContent letter, LegalFramework law, List<Finding> findings) {
        if (letter.answers().isEmpty()) {
            findings.add(Finding.of(ComplianceRule.EVERY_QUESTION_ANSWERED, null, "The letter answers no question."));
        }
        int expected = 1;
        for (LetterContent.Answer a : letter.answers()) {
            if (a.number() != expected) {
                findings.add(Finding.of(ComplianceRule.EVERY_QUESTION_ANSWERED, a.number(), "Question " + expected
                        + " is missing: the questions must be numbered as they were asked."));
            }
            expected = a.number() + 1;
            if (blank(a.question()) || blank(a.answer())) {
                findings.add(Finding.of(ComplianceRule.EVERY_QUESTION_ANSWERED, a.number(), "Question " + a.number()
                        + " has no answer."));
            }
            citations(a, law, findings);
            if ("COST_LIMIT".equals(a.outcome())) {
                cost(a, law, findings);
            }
        }
    }

    private static void citations(LetterContent.Answer a, LegalFramework law, List<Finding> findings) {
        if (WITHHOLDING.contains(a.outcome()) && a.citations().isEmpty()) {
            findings.add(Finding.of(ComplianceRule.EVERY_EXEMPTION_HAS_A_REASON, a.number(), "Question " + a.number()
                    + " withholds information but cites no exemption (" + law.refusalNotice() + ")."));
        }
        for (LetterContent.Citation c : a.citations()) {
            if (blank(c.reason())) {
                findings.add(Finding.of(ComplianceRule.EVERY_EXEMPTION_HAS_A_REASON, a.number(), c.provision()
                        + " is cited for question " + a.number() + " without saying why it applies."));
            }
            if (!law.cites(c.provision())) {
                findings.add(Finding.of(ComplianceRule.PROVISIONS_OF_THE_RIGHT_LAW, a.number(), c.provision()
                        + " is cited for question " + a.number() + ", but the request was handled under " + law.law()
                        + ": cite its " + (law.environmental() ? "regulations" : "sections") + " instead."));
            }
            boolean testDue = law.environmental() || !c.absolute();
            boolean complete = !blank(c.forDisclosure()) && !blank(c.againstDisclosure()) && !blank(c.conclusion());
            if (testDue && !complete) {
                findings.add(Finding.of(ComplianceRule.PUBLIC_INTEREST_TEST_WHERE_IT_APPLIES, a.number(),
                        c.provision() + " (question " + a.number() + ") is " + (law.environmental()
                                ? "an exception: every exception" : "a qualified exemption: it") + " needs the public "
                                + "interest for and against disclosure and the conclusion."));
            }
            if (ACCESSIBLE_ELSEWHERE.contains(c.provision()) && blank(c.availableAt())) {
                findings.add(Finding.of(ComplianceRule.ACCESSIBLE_ELSEWHERE_SAYS_WHERE, a.number(), c.provision()
                        + " is cited for question " + a.number() + " without saying where the information is."));
            }
        }
    }

    private static void cost(LetterContent.Answer a, LegalFramework law, List<Finding> findings) {
        LetterContent.Estimate e = a.estimate();
        if (e == null || e.lines().isEmpty() || blank(e.cost()) || blank(e.limit()) || blank(e.regulations())) {
            findings.add(Finding.of(ComplianceRule.COST_REFUSAL_COMPLETE, a.number(), "Question " + a.number()
                    + " is refused on cost without the estimate, the limit and the regulations it is worked out "
                    + "under (" + law.refusalNotice() + ")."));
        }
        if (blank(a.advice())) {
            findings.add(Finding.of(ComplianceRule.COST_REFUSAL_COMPLETE, a.number(), "Question " + a.number()
                    + " is refused on cost without advice on how the request could be narrowed (" + law.adviceDuty()
                    + ")."));
        }
    }

    private static void review(LetterContent letter, List<Finding> findings) {
        LetterContent.ReviewOutcome review = letter.review();
        if (review == null || review.findings().isEmpty()) {
            findings.add(Finding.of(ComplianceRule.EVERY_REVIEW_FINDING_EXPLAINED, null,
                    "The review letter gives no finding."));
            return;
        }
        for (LetterContent.Finding f : review.findings()) {
            if (blank(f.finding()) || blank(f.reasons())) {
                findings.add(Finding.of(ComplianceRule.EVERY_REVIEW_FINDING_EXPLAINED, f.number(), "The review's "
                        + "finding on question " + f.number() + " gives no reasons."));
            }
        }
    }

    private static void placeholders(LetterContent letter, List<Finding> findings) {
        for (LetterContent.Answer a : letter.answers()) {
            Stream<String> texts = Stream.concat(Stream.of(a.answer(), a.advice()), a.citations().stream()
                    .flatMap(c -> Stream.of(c.reason(), c.availableAt(), c.forDisclosure(), c.againstDisclosure(),
                            c.conclusion())));
            if (a.estimate() != null) {
                texts = Stream.concat(texts, a.estimate().lines().stream().map(LetterContent.Line::explanation));
            }
            texts.filter(t -> t != null && PLACEHOLDER.matcher(t).find()).findFirst().ifPresent(t -> findings.add(
                    Finding.of(ComplianceRule.NO_PLACEHOLDERS, a.number(), "Question " + a.number() + "'s answer "
                            + "still reads like a placeholder (\"" + match(t) + "\"): write what the requester will "
                            + "read.")));
        }
        if (letter.review() != null) {
            for (LetterContent.Finding f : letter.review().findings()) {
                if (f.reasons() != null && PLACEHOLDER.matcher(f.reasons()).find()) {
                    findings.add(Finding.of(ComplianceRule.NO_PLACEHOLDERS, f.number(), "The review's reasons for "
                            + "question " + f.number() + " still read like a placeholder (\"" + match(f.reasons())
                            + "\")."));
                }
            }
        }
        Authority authority = letter.authority();
        if (authority != null && Stream.of(authority.name(), authority.team(), authority.address(),
                authority.email(), authority.phone(), authority.signature())
                .anyMatch(t -> t != null && PLACEHOLDER.matcher(t).find())) {
            findings.add(Finding.of(ComplianceRule.NO_PLACEHOLDERS, null,
                    "The authority's profile still has a placeholder in it: an admin puts it right."));
        }
    }

    private static String match(String text) {
        var m = PLACEHOLDER.matcher(text);
        return m.find() ? m.group() : "";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
