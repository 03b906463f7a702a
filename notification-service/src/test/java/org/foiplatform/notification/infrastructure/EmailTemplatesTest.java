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
        OutgoingMessage message = OutgoingMessage.pending(rule.reference().apply(event), rule.kind(),
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
            Email email = render(rule, GoldenSamples.raw(rule.type()));

            assertThat(email.subject()).as(rule.kind()).contains(REFERENCE).doesNotContain("{", "\n");
            assertThat(email.text()).as(rule.kind()).isNotBlank().doesNotContain("{", "}");
            assertThat(email.html()).as(rule.kind()).isNotBlank().doesNotContain(SCRIPT, "{#", "{/");
            if (!rule.kind().equals("response")) { // the letter is response-service's own, already escaped HTML
                assertThat(email.html()).as(rule.kind()).contains("Dear Jane &lt;script&gt;alert(1)&lt;/script&gt;,")
                        .contains("Example Council", REFERENCE);
                assertThat(email.text()).as(rule.kind()).contains("Dear Jane " + SCRIPT + ",");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "CALENDAR_CHANGED", "REGIME_CHANGED", "EXTENDED", "CLOCK_RESTARTED" })
    void every_due_date_change_the_requester_is_told_of_gives_the_new_date_and_escapes_the_reason(String cause) {
        NotificationRules.Rule<?> rule = NotificationRules.ALL.stream().filter(r -> r.kind().equals("due-date-changed"))
                .findFirst().orElseThrow();
        String sample = GoldenSamples.raw(rule.type()).replace("\"CALENDAR_CHANGED\"", "\"" + cause + "\"")
                .replaceAll("\"reason\": \"[^\"]*\"", "\"reason\": \"Because " + SCRIPT + "\"");

        Email email = render(rule, sample);

        assertThat(email.html()).contains("14 May 2026").doesNotContain(SCRIPT);
        assertThat(email.text()).contains("14 May 2026");
        if (cause.equals("EXTENDED") || cause.equals("REGIME_CHANGED")) {
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
