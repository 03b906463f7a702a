package org.foiplatform.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ValidRequestPolicyTest {

    private final ValidRequestPolicy policy = new ValidRequestPolicy(200, 5000, 50, 20000,
            new org.foiplatform.intake.infrastructure.email.StrictEmailAddress());

    @Test
    void a_request_with_a_name_an_email_and_a_question_is_valid() {
        assertThat(policy.check(new Submission("Jane Citizen", "jane@example.org", List.of("How many?")))).isEmpty();
    }

    @Test
    void a_request_without_a_name_names_the_name_field() {
        assertThat(policy.check(new Submission("  ", "jane@example.org", List.of("How many?"))))
                .extracting(Violation::field).containsExactly("requester.name");
    }

    @Test
    void a_malformed_email_names_the_email_field() {
        for (String email : List.of("jane", "jane@", "@example.org", "jane@example", "jane doe@example.org")) {
            assertThat(policy.check(new Submission("Jane", email, List.of("How many?"))))
                    .as(email).extracting(Violation::field).containsExactly("requester.email");
        }
    }

    @Test
    void a_request_without_questions_names_the_questions_field() {
        assertThat(policy.check(new Submission("Jane", "jane@example.org", List.of())))
                .extracting(Violation::field).containsExactly("questions");
        assertThat(policy.check(new Submission("Jane", "jane@example.org", null)))
                .extracting(Violation::field).containsExactly("questions");
    }

    @Test
    void an_empty_question_is_named_by_its_position() {
        assertThat(policy.check(new Submission("Jane", "jane@example.org", Arrays.asList("How many?", " ", null))))
                .extracting(Violation::field).containsExactly("questions[1].text", "questions[2].text");
    }

    @Test
    void control_characters_are_refused_but_line_breaks_are_kept() {
        assertThat(policy.check(new Submission("Jane\u0000", "jane@example.org", List.of("Q\u0001?"))))
                .extracting(Violation::field).containsExactly("requester.name", "questions[0].text");
        assertThat(policy.check(new Submission("Jane", "jane@example.org", List.of("First line\nsecond line\ttab"))))
                .isEmpty();
    }

    @Test
    void every_fault_is_reported_at_once() {
        assertThat(policy.check(new Submission(null, null, null))).hasSize(3);
    }

    @Test
    void questions_are_numbered_from_one_in_the_order_asked() {
        InformationRequest request = InformationRequest.receive(Reference.of(2026, 7),
                new Submission(" Jane ", "jane@example.org", List.of(" First? ", "Second?")), java.time.Instant.EPOCH,
                TrackingToken.issue(new java.security.SecureRandom()));
        assertThat(request.questions()).containsExactly(new Question(1, "First?"), new Question(2, "Second?"));
        assertThat(request.requester().name()).isEqualTo("Jane");
    }

    @Test
    void references_have_the_year_and_six_digits() {
        assertThat(Reference.of(2026, 123).value()).isEqualTo("FOI-2026-000123");
        assertThat(Reference.of(2027, 1234567).value()).isEqualTo("FOI-2027-1234567");
    }

    @Test
    void a_regime_is_optional_but_must_be_one_of_the_five() {
        assertThat(policy.check(new Submission("Jane", "jane@example.org", List.of("Q?"), "eirs"))).isEmpty();
        assertThat(policy.check(new Submission("Jane", "jane@example.org", List.of("Q?"), " "))).isEmpty();
        assertThat(policy.check(new Submission("Jane", "jane@example.org", List.of("Q?"), "GDPR")))
                .extracting(Violation::field).containsExactly("regime");
        assertThat(Regime.parse(null)).contains(Regime.FOIA);
    }

    @Test
    void questions_each_within_the_limit_but_too_long_together_name_the_questions_field() {
        List<String> fiveOfFourThousand = java.util.Collections.nCopies(5, "a".repeat(4000));
        assertThat(policy.check(new Submission("Jane", "jane@example.org", fiveOfFourThousand))).isEmpty();

        List<String> sixOfFourThousand = java.util.Collections.nCopies(6, "a".repeat(4000));
        assertThat(policy.check(new Submission("Jane", "jane@example.org", sixOfFourThousand)))
                .extracting(Violation::field, Violation::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("questions", "Your questions come to 24000 "
                        + "characters: keep them to 20000 in all, or send the rest as a second request"));
    }

    @Test
    void only_a_bare_address_with_a_dotted_domain_of_at_most_254_characters_is_an_email_address() {
        for (String good : List.of("jane@example.org", "jane.citizen+foi@example.co.uk", "o'brien@example.org",
                "a".repeat(64) + "@" + "b".repeat(185) + ".org")) {
            assertThat(policy.check(new Submission("Jane", good, List.of("Q?")))).as(good).isEmpty();
        }
        for (String bad : List.of("Jane Citizen <jane@example.org>", "jane@example.org (Jane)", "jane@example",
                "jane@localhost", "jane@@example.org", "jane@exa mple.org", "jane@example..org", "jane@.example.org",
                "jane@example.org.", "jane@[192.0.2.1]", "group: jane@example.org;", "a".repeat(65) + "@example.org",
                "a".repeat(64) + "@" + "b".repeat(186) + ".org")) {
            assertThat(policy.check(new Submission("Jane", bad, List.of("Q?")))).as(bad)
                    .extracting(Violation::field).containsExactly("requester.email");
        }
    }

    @Test
    void text_is_checked_and_kept_in_nfc_and_counted_in_characters() {
        // 200 letters "é", each typed as "e" and a combining acute accent: 400 code points before NFC, 200 after.
        String decomposed = "e\u0301".repeat(200);
        assertThat(policy.check(new Submission(decomposed, "jane@example.org", List.of("Q?")))).isEmpty();
        InformationRequest request = InformationRequest.receive(Reference.of(2026, 8),
                new Submission(decomposed, "jane@example.org", List.of("Zoe\u0308?")), java.time.Instant.EPOCH,
                TrackingToken.issue(new java.security.SecureRandom()));
        assertThat(request.requester().name()).isEqualTo("\u00e9".repeat(200));
        assertThat(request.questions().get(0).text()).isEqualTo("Zo\u00eb?");
        // 5,000 emoji are 5,000 characters (10,000 UTF-16 units): one question can hold them; one more is too many.
        String emoji = "\uD83D\uDE00";
        assertThat(policy.check(new Submission("Jane", "jane@example.org", List.of(emoji.repeat(5000))))).isEmpty();
        assertThat(policy.check(new Submission("Jane", "jane@example.org", List.of(emoji.repeat(5001)))))
                .extracting(Violation::field).containsExactly("questions[0].text");
        assertThat(policy.check(new Submission(emoji.repeat(200), "jane@example.org", List.of("Q?")))).isEmpty();
    }

    @Test
    void half_a_surrogate_pair_is_refused_like_a_control_character() {
        assertThat(policy.check(new Submission("Jane\uD83D", "jane@example.org", List.of("Q\uDE00?"))))
                .extracting(Violation::field).containsExactly("requester.name", "questions[0].text");
    }

    @Test
    void the_fingerprint_tells_requests_apart_but_not_two_spellings_of_one_text() {
        Submission one = new Submission("Zoe\u0308", "zoe@example.org", List.of("Q?"));
        assertThat(one.fingerprint()).isEqualTo(new Submission("Zo\u00eb", "zoe@example.org", List.of("Q?"))
                .fingerprint());
        assertThat(one.fingerprint()).isNotEqualTo(new Submission("Zo\u00eb", "zoe@example.org", List.of("Q!"))
                .fingerprint());
        // Fields never run together: "ab" + "c" is not "a" + "bc".
        assertThat(new Submission("ab", "c", List.of()).fingerprint())
                .isNotEqualTo(new Submission("a", "bc", List.of()).fingerprint());
    }
}
