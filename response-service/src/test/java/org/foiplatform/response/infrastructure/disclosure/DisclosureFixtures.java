package org.foiplatform.response.infrastructure.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.foiplatform.response.application.DisclosureCandidate;

/** Candidates for the disclosure log tests, and words no other test uses (tests share one database). */
final class DisclosureFixtures {

    private DisclosureFixtures() {
    }

    /** A made-up word of letters only, unique enough that a search for it finds only this test's entries. */
    static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString().toLowerCase(Locale.UK);
    }

    static DisclosureCandidate.Question question(int number, String question, String outcome, String answer,
            String... exemptions) {
        return new DisclosureCandidate.Question(number, question, outcome, answer, List.of(exemptions));
    }

    static DisclosureCandidate candidate(String reference, String regime, LocalDate respondedOn, boolean consent,
            String requesterName, List<DisclosureCandidate.Question> questions) {
        return new DisclosureCandidate(reference, UUID.randomUUID(), regime, "GRANTED_FULL", respondedOn, consent,
                requesterName, questions, "<!DOCTYPE html><html lang=\"en-GB\"><body><p>Dear Sir or Madam,</p>"
                        + "<p>Our answer to request " + reference + ".</p></body></html>");
    }

    static DisclosureCandidate withOutcome(DisclosureCandidate c, String caseOutcome) {
        return new DisclosureCandidate(c.reference(), c.letterId(), c.regime(), caseOutcome, c.respondedOn(),
                c.consentToPublish(), c.requesterName(), c.questions(), c.letterHtml());
    }

    static DisclosureCandidate withLetter(DisclosureCandidate c, String letterHtml) {
        return new DisclosureCandidate(c.reference(), c.letterId(), c.regime(), c.caseOutcome(), c.respondedOn(),
                c.consentToPublish(), c.requesterName(), c.questions(), letterHtml);
    }
}
