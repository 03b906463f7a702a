package org.foiplatform.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.localstack.testsupport.GreenMailResource;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.notification.application.EmailComposer;
import org.foiplatform.notification.application.NotificationRules;
import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.Email;
import org.foiplatform.notification.domain.Letter;
import org.foiplatform.notification.domain.LetterClaim;
import org.foiplatform.notification.domain.OutgoingMessage;
import org.foiplatform.notification.domain.Recipient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every email of every rule, rendered from its event's golden sample: a subject with the reference, both parts
 * filled in, nothing left unrendered, and every value from a person escaped in the HTML part. The same test
 * resources as NotificationFlowTest, so the two share one application.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(GreenMailResource.class)
@WithTestResource(value = PostgresDatabaseResource.class,
        initArgs = @ResourceArg(name = "prefix", value = "notification_test"))
class EmailTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String REFERENCE = GoldenSamples.SAMPLE_REFERENCE;

    @Inject
    EmailComposer composer;

    private final EventCodec codec = new EventCodec();

    private <T extends Record> Email render(NotificationRules.Rule<T> rule, String sample) {
        T event = codec.payload(codec.read(sample), rule.payloadType());
        assertThat(rule.applies().test(event)).as("the rule for %s applies to its sample", rule.kind()).isTrue();
        OutgoingMessage message = OutgoingMessage.pending(rule.reference().apply(event), rule.kind(), rule.recipient(),
                rule.model().apply(event), "key", Instant.now(), Instant.now().plusSeconds(60), UUID.randomUUID(),
                UUID.randomUUID());
        // A message that claims a letter is sent with the letter fetched for it (here, a small one made up).
        Letter letter = LetterClaim.in(message.model()).map(claim -> LETTER).orElse(null);
        return composer.compose(message, new Contact(REFERENCE, "Jane " + SCRIPT, "jane.citizen@example.org"),
                letter);
    }

    private static final Letter LETTER = new Letter("<p>Dear Jane,</p><p>We hold the information.</p>",
            "Dear Jane,\n\nWe hold the information.\n", java.util.List.of(new Email.Attachment(
                    REFERENCE + "-letter-v1.pdf", "application/pdf", new byte[] { '%', 'P', 'D', 'F' })));

    @Test
    void a_letter_fetched_for_a_version_2_event_is_the_emails_html_and_text_with_its_pdf_attached() {
        NotificationRules.Rule<?> rule = NotificationRules.ALL.stream()
                .filter(r -> r.type() == org.foiplatform.contracts.EventType.RESPONSE_ISSUED_V2).findFirst()
                .orElseThrow();

        Email email = render(rule, GoldenSamples.raw(rule.type()));

        assertThat(email.subject()).isEqualTo("Your request for information " + REFERENCE);
        assertThat(email.html()).contains(LETTER.html());
        assertThat(email.text()).isEqualTo(LETTER.text());
        assertThat(email.attachments()).isEqualTo(LETTER.attachments());
    }

    @Test
    void a_version_2_events_model_holds_where_the_letter_is_and_not_the_letter() {
        NotificationRules.Rule<?> rule = NotificationRules.ALL.stream()
                .filter(r -> r.type() == org.foiplatform.contracts.EventType.RESPONSE_ISSUED_V2).findFirst()
                .orElseThrow();

        Map<String, String> model = modelOf(rule, GoldenSamples.raw(rule.type()));

        assertThat(model).containsEntry("letterId", "7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2f05")
                .containsEntry("letterVersion", "1").containsEntry("letterKind", "DECISION")
                .containsEntry("pdfPath", "/api/letters/7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2f05/letter.pdf")
                .containsEntry("pdfSha256", "f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f")
                .containsEntry("htmlBytes", "9412").containsKeys("textPath", "htmlSha256")
                .doesNotContainKeys("letterHtml", "letterText");
        assertThat(LetterClaim.in(model)).hasValueSatisfying(claim -> assertThat(claim.documents()).hasSize(3));
    }

    @Test
    void every_rule_renders_its_email_from_its_events_sample_with_the_requesters_name_escaped() {
        for (NotificationRules.Rule<?> rule : NotificationRules.ALL) {
            Email email = render(rule, sampleFor(rule));
            assertThat(email.text()).as(rule.kind()).doesNotContainPattern("[.:]\n(If we|Why:)");

            assertThat(email.subject()).as(rule.kind()).contains(REFERENCE).doesNotContain("{", "\n");
            assertThat(email.text()).as(rule.kind()).isNotBlank().doesNotContain("{", "}");
            assertThat(email.html()).as(rule.kind()).isNotBlank().doesNotContain(SCRIPT, "{#", "{/");
            if (rule.recipient() == Recipient.OFFICERS) {
                // The team's mailbox, outside the requester's thread, with the reference first in the subject.
                assertThat(email.subject()).as(rule.kind()).startsWith(REFERENCE + ": ");
                assertThat(email.threadId()).as(rule.kind()).isNull();
                assertThat(email.html()).as(rule.kind()).doesNotContain("Dear").contains("Example Council", REFERENCE);
            } else if (!LETTERS.contains(rule.kind())) { // a letter is response-service's own, already escaped HTML
                assertThat(email.html()).as(rule.kind()).contains("Dear Jane &lt;script&gt;alert(1)&lt;/script&gt;,")
                        .contains("Example Council", REFERENCE);
                assertThat(email.text()).as(rule.kind()).contains("Dear Jane " + SCRIPT + ",");
                assertThat(email.threadId()).as(rule.kind()).isEqualTo(
                        rule.kind().equals("acknowledgement") ? null : "<request." + REFERENCE + "@foi.example-city.gov.uk>");
            }
        }
    }

    private static final java.util.Set<String> LETTERS = java.util.Set.of("response", "review-outcome");

    /** The golden sample of the rule's event, as the rule applies to it (a review's letter is kind REVIEW). */
    private static String sampleFor(NotificationRules.Rule<?> rule) {
        String sample = GoldenSamples.raw(rule.type());
        return rule.kind().equals("review-outcome") ? sample.replace("\"kind\": \"DECISION\"", "\"kind\": \"REVIEW\"")
                : sample;
    }

    private static NotificationRules.Rule<?> rule(String kind) {
        return NotificationRules.ALL.stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow();
    }

    /** The sample of the rule's event with one payload field set to text holding a script. */
    private static String withScriptIn(NotificationRules.Rule<?> rule, String field) {
        String sample = sampleFor(rule);
        // A JSON string, escaped quotes and all.
        String changed = sample.replaceFirst("\"" + field + "\": \"(?:[^\"\\\\]|\\\\.)*\"", "\"" + field + "\": \"Because " + SCRIPT + "\"");
        assertThat(changed).as("the sample of %s has %s", rule.kind(), field).isNotEqualTo(sample);
        return changed;
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "clarification-requested, question",
            "fees-notice, calculation",
            "deadline-extended, reason",
            "review-received, grounds",
            "withdrawal-confirmed, reason",
            "officer-letter-blocked, message",
            "officer-notification-failed, reason" })
    void the_text_a_person_wrote_arrives_as_text_in_every_new_email(String kind, String field) {
        NotificationRules.Rule<?> rule = rule(kind);

        Email email = render(rule, withScriptIn(rule, field));

        assertThat(email.html()).contains("Because &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
        assertThat(email.text()).contains("Because " + SCRIPT);
    }

    @Test
    void the_clarification_email_asks_the_question_says_how_to_answer_that_the_clock_starts_again_and_when_it_lapses() {
        Email email = render(rule("clarification-requested"), sampleFor(rule("clarification-requested")));

        assertThat(email.subject()).isEqualTo("We need more information about your request " + REFERENCE);
        assertThat(email.text()).contains("Which part of Mill Lane do you mean",
                "reply to this email, or write to foi@example-city.gov.uk",
                "Under section 1(3) of the Freedom of Information Act 2000",
                "starts again, in full, on the day we receive your reply",
                "If we have not heard from you by 16 July 2026");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "EIR|Under regulation 9(4) of the Environmental Information Regulations 2004",
            "FOISA|Under section 1(3) of the Freedom of Information (Scotland) Act 2002" })
    void the_clarification_email_names_the_law_of_the_regime(String regime, String words) {
        String sample = sampleFor(rule("clarification-requested")).replace("\"regime\": \"FOIA\"",
                "\"regime\": \"" + regime + "\"");

        assertThat(render(rule("clarification-requested"), sample).text()).contains(words);
    }

    @Test
    void a_clarification_without_a_lapse_date_says_nothing_of_lapsing() {
        String sample = sampleFor(rule("clarification-requested")).replace("\"lapsesOn\": \"2026-07-16\"",
                "\"lapsesOn\": null");

        Email email = render(rule("clarification-requested"), sample);

        assertThat(email.text()).doesNotContain("lapsed");
        assertThat(email.html()).doesNotContain("lapsed");
    }

    @Test
    void the_fees_notice_gives_the_amount_how_it_was_worked_out_how_to_pay_and_the_date_to_pay_by() {
        Email email = render(rule("fees-notice"), sampleFor(rule("fees-notice")));

        assertThat(email.subject()).isEqualTo("A fee is due before we answer your request " + REFERENCE);
        assertThat(email.text()).contains("a fee of £12.50", "section 9 of the Freedom of Information Act 2000",
                "250 pages printed and posted at 5p a page", "To pay, reply to this email or call us",
                "Please pay by 16 July 2026", "from the date of this notice, 16 April 2026");
    }

    @Test
    void a_fees_notice_without_a_date_gives_three_months_from_the_notice_under_foia() {
        String sample = sampleFor(rule("fees-notice")).replace("\"lapsesOn\": \"2026-07-16\"", "\"lapsesOn\": null")
                .replace("\"issuedOn\": \"2026-04-16\"", "\"issuedOn\": \"2026-04-30\"");

        assertThat(render(rule("fees-notice"), sample).text()).contains("Please pay by 30 July 2026");
    }

    @Test
    void the_extension_gives_the_new_date_the_reason_and_the_public_interest_provision() {
        Email email = render(rule("deadline-extended"), sampleFor(rule("deadline-extended")));

        assertThat(email.subject()).isEqualTo("We need more time to answer your request " + REFERENCE);
        assertThat(email.text()).contains("We will now answer by 11 June 2026 (it was 13 May 2026)",
                "Section 10(3) of the Freedom of Information Act 2000", "here 20 working days", "public interest",
                "Why: The public interest in the contract prices", "By 13 May 2026 we will still tell you which exemption");
    }

    @Test
    void an_eir_extension_says_the_request_is_complex_and_voluminous_under_regulation_7() {
        String sample = sampleFor(rule("deadline-extended")).replace("\"regime\": \"FOIA\"", "\"regime\": \"EIR\"")
                .replace("\"refusalNoticeDue\": \"2026-05-13\"", "\"refusalNoticeDue\": null");

        assertThat(render(rule("deadline-extended"), sample).text())
                .contains("Regulation 7 of the Environmental Information Regulations 2004 lets us take 20 more working "
                        + "days because your request is both complex and voluminous")
                .doesNotContain("section 17(1)");
    }

    @Test
    void the_review_receipt_and_the_withdrawal_give_their_dates_in_uk_time() {
        assertThat(render(rule("review-received"), sampleFor(rule("review-received"))).text())
                .contains("on 20 May 2026, to review", "the council's contractor invoices by street");
        Email withdrawn = render(rule("withdrawal-confirmed"), sampleFor(rule("withdrawal-confirmed")));
        assertThat(withdrawn.subject()).isEqualTo("We have closed your request " + REFERENCE + " as you asked");
        assertThat(withdrawn.text()).contains("As you asked on 22 April 2026",
                "You told us: I found the figures in the council's annual report.");
    }

    @Test
    void a_review_letter_has_its_own_subject_and_is_the_letter_with_its_pdf() {
        Email email = render(rule("review-outcome"), sampleFor(rule("review-outcome")));

        assertThat(email.subject()).isEqualTo("The outcome of the internal review of your request " + REFERENCE);
        assertThat(email.html()).contains(LETTER.html());
        assertThat(email.attachments()).isEqualTo(LETTER.attachments());
        NotificationRules.Rule<?> response = NotificationRules.ALL.stream()
                .filter(r -> r.type() == org.foiplatform.contracts.EventType.RESPONSE_ISSUED_V2
                        && r.kind().equals("response"))
                .findFirst().orElseThrow();
        assertThat(applies(response, sampleFor(rule("review-outcome"))))
                .as("a review letter is not also emailed as a response").isFalse();
    }

    private <T extends Record> boolean applies(NotificationRules.Rule<T> rule, String sample) {
        return rule.applies().test(codec.payload(codec.read(sample), rule.payloadType()));
    }

    @Test
    void the_officers_emails_give_the_dates_days_and_findings_from_their_events() {
        Email approaching = render(rule("officer-deadline-approaching"), sampleFor(rule("officer-deadline-approaching")));
        assertThat(approaching.subject()).isEqualTo(REFERENCE + ": request due in 5 working days, on 13 May 2026");
        assertThat(approaching.text()).contains("Its status is open.");
        String review = sampleFor(rule("officer-deadline-approaching")).replace("\"REQUEST\"", "\"REVIEW\"")
                .replace("\"workingDaysLeft\": 5", "\"workingDaysLeft\": 1");
        assertThat(render(rule("officer-deadline-approaching"), review).subject())
                .isEqualTo(REFERENCE + ": internal review due in 1 working day, on 13 May 2026");

        Email missed = render(rule("officer-deadline-missed"), sampleFor(rule("officer-deadline-missed")));
        assertThat(missed.subject()).isEqualTo(REFERENCE + ": request is late (due 13 May 2026)");
        assertThat(missed.text()).contains("Its status is awaiting approval.");

        Email blocked = render(rule("officer-letter-blocked"), sampleFor(rule("officer-letter-blocked")));
        assertThat(blocked.text()).contains("Version 1 of the response letter", "5 May 2026 at 15:00",
                "- Question 2: Question 2's answer still reads like a placeholder (\"TBC\")", "(NO_PLACEHOLDERS)");

        Email failed = render(rule("officer-notification-failed"), sampleFor(rule("officer-notification-failed")));
        assertThat(failed.subject()).isEqualTo(REFERENCE + ": an email to the requester could not be delivered");
        assertThat(failed.text()).contains("The acknowledgement email", "14 April 2026 at 10:31", "after 1 attempt:",
                "refused it for good", "550 5.1.1");
    }

    @Test
    void only_blocking_findings_are_listed_for_the_officer() {
        String sample = sampleFor(rule("officer-letter-blocked")).replace("\"findings\": [", "\"findings\": ["
                + "{\"rule\": \"PLAIN_ENGLISH\", \"severity\": \"WARNING\", \"question\": null, "
                + "\"message\": \"A long sentence.\"},");

        Email blocked = render(rule("officer-letter-blocked"), sample);

        assertThat(blocked.text()).contains("Question 2:").doesNotContain("A long sentence.");
    }

    @Test
    void a_failed_officers_email_calls_for_no_email_and_a_failed_requesters_email_does() {
        NotificationRules.Rule<?> rule = rule("officer-notification-failed");
        for (NotificationRules.Rule<?> each : NotificationRules.ALL) {
            String sample = sampleFor(rule).replace("\"kind\": \"acknowledgement\"", "\"kind\": \"" + each.kind() + "\"");
            assertThat(applies(rule, sample)).as(each.kind())
                    .isEqualTo(each.recipient() == Recipient.REQUESTER);
        }
    }

    @Test
    void an_extension_is_emailed_from_deadline_extended_and_not_again_from_its_due_date_change() {
        NotificationRules.Rule<?> rule = rule("due-date-changed");
        String sample = GoldenSamples.raw(rule.type()).replace("\"CALENDAR_CHANGED\"", "\"EXTENDED\"");

        assertThat(applies(rule, sample)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "CALENDAR_CHANGED", "REGIME_CHANGED", "CLOCK_RESTARTED" })
    void every_due_date_change_the_requester_is_told_of_gives_the_new_date_and_escapes_the_reason(String cause) {
        NotificationRules.Rule<?> rule = NotificationRules.ALL.stream().filter(r -> r.kind().equals("due-date-changed"))
                .findFirst().orElseThrow();
        String sample = GoldenSamples.raw(rule.type()).replace("\"CALENDAR_CHANGED\"", "\"" + cause + "\"")
                .replaceAll("\"reason\": \"[^\"]*\"", "\"reason\": \"Because " + SCRIPT + "\"");

        Email email = render(rule, sample);

        assertThat(email.html()).contains("14 May 2026").doesNotContain(SCRIPT);
        assertThat(email.text()).contains("14 May 2026");
        if (cause.equals("REGIME_CHANGED")) {
            assertThat(email.html()).contains("Why: Because &lt;script&gt;");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "FOIA", "EIR", "FOISA", "EIRS", "SAR" })
    void the_acknowledgement_names_the_law_of_each_regime(String regime) {
        NotificationRules.Rule<?> rule = NotificationRules.ALL.stream().filter(r -> r.kind().equals("acknowledgement"))
                .findFirst().orElseThrow();
        String sample = GoldenSamples.raw(rule.type()).replace("\"regime\": \"FOIA\"", "\"regime\": \"" + regime + "\"");

        String text = render(rule, sample).text();

        assertThat(text).contains(switch (regime) {
            case "FOIA" -> "Freedom of Information Act 2000 gives us up to 20 working days (section 10)";
            case "EIR" -> "Environmental Information Regulations 2004 give us up to 20 working days (regulation 5(2))";
            case "FOISA" -> "Freedom of Information (Scotland) Act 2002 gives us up to 20 working days (section 10)";
            case "EIRS" -> "Environmental Information (Scotland) Regulations 2004 give us up to 20 working days";
            default -> "one month to answer a request for your own personal data (UK GDPR, Article 12(3))";
        });
    }

    @Test
    void the_model_holds_only_what_the_event_said() {
        NotificationRules.Rule<?> rule = NotificationRules.ALL.get(0);
        assertThat(modelOf(rule, GoldenSamples.raw(rule.type())))
                .containsEntry("dueDate", "2026-05-13").containsEntry("workingDays", "20");
    }

    private <T extends Record> Map<String, String> modelOf(NotificationRules.Rule<T> rule, String sample) {
        return rule.model().apply(codec.payload(codec.read(sample), rule.payloadType()));
    }
}
