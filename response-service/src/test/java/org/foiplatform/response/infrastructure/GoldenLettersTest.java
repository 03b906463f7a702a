package org.foiplatform.response.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.GoldenSamples;
import org.foiplatform.contracts.Topics;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TestReferences;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Golden letters: a decision goes through the real broker into response-service, and the letter it issues (HTML,
 * text and PDF, fetched as the mailer fetches them) carries every element the law asks of a response and a refusal
 * notice (law-reference.md section 7.2). The checks are on elements, not on wording: the seed letter's seven
 * questions under FOIA, an EIR letter with an exception, and a FOISA letter to the Scottish Information Commissioner.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "response_test"))
class GoldenLettersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The seed letter's questions, verbatim. */
    private static final List<String> SEED_QUESTIONS = List.of(
            "How many citizens used the council's website, app or online services in 2023?",
            "What was the total number of unresolved queries or tickets related to the council's online services in 2023?",
            "What is the average waiting time for phone calls to customer service in 2023?",
            "What was the average resolution time for online queries in 2023?",
            "What was the total cost of maintaining the council's website, app and online services in 2023?",
            "How many downtime incidents were recorded in 2023, and what was the average downtime?",
            "What is the average user satisfaction score for the council's online services in 2023?");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private Issued issue(String reference, String message) {
        TopicReader.produce(kafka, Topics.CASE, reference, message);
        Issued issued = Issued.await(kafka, reference, 1);
        assertThat(issued.envelope().is(EventType.RESPONSE_ISSUED_V2)).as("issued, not blocked").isTrue();
        return issued;
    }

    @Test
    void the_seed_letter_carries_every_legal_element_in_html_text_and_pdf() throws IOException {
        String reference = TestReferences.next();
        Issued issued = issue(reference, GoldenSamples.forReference(EventType.DECISION_APPROVED_V2, reference));
        String html = issued.html();
        String text = issued.text();
        for (String letter : List.of(html.replace("&#39;", "'"), text)) {
            assertThat(letter)
                    // The authority, the reference, the date, the law, when it was received and due.
                    .contains("Example City Council", "Civic Centre", "foi@example-city.gov.uk", reference,
                            "18 April 2024", "the Freedom of Information Act 2000", "21 March 2024", "22 April 2024")
                    // A salutation and close that agree.
                    .contains("Dear Sam Taylor,", "Yours sincerely,").doesNotContain("Yours faithfully")
                    // The cost limit: estimate, limit in money and hours, the regulations, section 12, advice.
                    .contains("433.33 hours", "£10,833.33", "£450", "18 hours", "£25 an hour", "section 12",
                            "The Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004",
                            "Advice and assistance (section 16)", "If you ask about one month")
                    // s.21 with where the information is; an absolute exemption has no public interest test.
                    .contains("FOIA s.21: Information accessible to the applicant by other means",
                            "https://www.example.gov.uk/downloads/contracts-register",
                            "the public interest test does not apply")
                    .contains("Information not held (section 1(1)(a))")
                    // The refusal notice, re-use, review by a date, the regulator with address, website and phone.
                    .contains("refusal notice under section 17", "Open Government Licence v3.0",
                            "internal review", "17 June 2024", "Information Commissioner's Office", "section 50",
                            "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF", "https://ico.org.uk/make-a-complaint/",
                            "0303 123 1113")
                    .doesNotContain("We are sorry that this response is late");
            for (int n = 1; n <= SEED_QUESTIONS.size(); n++) {
                assertThat(letter).contains("Question " + n, SEED_QUESTIONS.get(n - 1));
            }
        }
        // Questions are numbered in order.
        assertThat(text.indexOf("Question 1")).isLessThan(text.indexOf("Question 2"));
        assertThat(text.indexOf("Question 6")).isLessThan(text.indexOf("Question 7"));

        byte[] pdfBytes = issued.fetch("pdf");
        // Kept for people to look at: the README links the seed letter as the platform writes it. Written to target/
        // on every run; to docs/ only when it is missing there or asked for (-Dfoi.docs=refresh), since each run's
        // letter has a new reference and would otherwise change a committed file every time.
        java.nio.file.Path target = java.nio.file.Path.of("target", "letters");
        java.nio.file.Files.createDirectories(target);
        java.nio.file.Files.write(target.resolve("seed-letter.pdf"), pdfBytes);
        java.nio.file.Path docs = java.nio.file.Path.of("..", "docs", "letters");
        if ("refresh".equals(System.getProperty("foi.docs")) || !java.nio.file.Files.exists(docs.resolve("seed-letter.pdf"))) {
            java.nio.file.Files.createDirectories(docs);
            java.nio.file.Files.write(docs.resolve("seed-letter.pdf"), pdfBytes);
            java.nio.file.Files.writeString(docs.resolve("seed-letter.txt"), text.replace(reference, "FOI-2024-000123"));
        }
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            String pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(pdfText).contains(reference, "17 June 2024", "Dear Sam Taylor");
            for (String question : SEED_QUESTIONS) {
                assertThat(pdfText).contains(question.replaceAll("\\s+", " "));
            }
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Your request for information " + reference);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            List<PDFont> fonts = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper onePage = new PDFTextStripper();
                onePage.setStartPage(page);
                onePage.setEndPage(page);
                assertThat(onePage.getText(pdf)).as("page %d", page)
                        .contains("Our reference " + reference, "Page " + page + " of " + pdf.getNumberOfPages());
                PDPage p = pdf.getPage(page - 1);
                for (var name : p.getResources().getFontNames()) {
                    fonts.add(p.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
    }

    @Test
    void a_refusal_on_cost_that_adds_a_related_request_names_it_and_regulation_5() throws IOException {
        String reference = TestReferences.next();
        ObjectNode envelope = (ObjectNode) JSON.readTree(GoldenSamples.forReference(EventType.DECISION_APPROVED_V2,
                reference));
        ObjectNode payload = (ObjectNode) envelope.get("payload");
        ObjectNode costly = null;
        for (var question : payload.get("questions")) {
            if (question.hasNonNull("costEstimate")) {
                costly = (ObjectNode) question.get("costEstimate");
            }
        }
        assertThat(costly).as("the golden sample refuses a question on cost").isNotNull();
        ((ArrayNode) costly.get("items")).addObject().put("activity", "EXTRACTING").put("units", 600)
                .put("minutesPerUnit", 1).put("hours", 10).put("explanation", "The related request's 600 records.")
                .put("request", "FOI-2026-000098");

        Issued issued = issue(reference, JSON.writeValueAsString(envelope));
        assertThat(issued.html()).contains("This estimate includes the work of answering request FOI-2026-000098.",
                "within 60 working days of this request, so regulation 5 of", "extracting (request FOI-2026-000098)");
        assertThat(issued.text()).contains("FOI-2026-000098");
    }

    @Test
    void an_eir_letter_cites_regulations_and_the_public_interest_test_of_its_exception() throws IOException {
        String reference = TestReferences.next();
        ObjectNode envelope = (ObjectNode) JSON.readTree(GoldenSamples.forReference(EventType.DECISION_APPROVED_V2,
                reference));
        ObjectNode payload = (ObjectNode) envelope.get("payload");
        payload.put("regime", "EIR");
        ArrayNode questions = payload.putArray("questions");
        questions.addObject().put("number", 1).put("question", "What were the air quality readings on Mill Lane?")
                .put("outcome", "NOT_HELD").put("answer", "We do not measure air quality on Mill Lane.")
                .putArray("exemptions");
        ObjectNode withheld = questions.addObject().put("number", 2)
                .put("question", "What did the waste contractor charge per tonne?").put("outcome", "EXEMPT")
                .put("answer", "We are withholding the rate.");
        withheld.putArray("exemptions").addObject().put("provision", "EIR 12(5)(e)")
                .put("title", "Confidentiality of commercial or industrial information").put("absolute", false)
                .put("reason", "The rate is confidential under the contract and protects a legitimate economic interest.")
                .putNull("availableAt").putObject("publicInterest")
                .put("forDisclosure", "Openness about the cost of waste services.")
                .put("againstDisclosure", "Disclosure would weaken the council's position at the next tender.")
                .put("conclusion", "The public interest favours withholding the rate until the tender ends.");

        String html = issue(reference, JSON.writeValueAsString(envelope)).html().replace("&#39;", "'");
        assertThat(html).contains("the Environmental Information Regulations 2004", "regulation 12(4)(a)",
                "EIR 12(5)(e)", "Every exception in the Regulations is subject to the public interest test",
                "Openness about the cost of waste services.", "until the tender ends",
                "refusal notice under regulation 14", "regulation 11", "Information Commissioner's Office",
                "as applied by regulation 18")
                .doesNotContain("section 17 of", "section 1(1)(a)", "Scottish Information Commissioner");
    }

    @Test
    void a_foisa_letter_points_to_the_scottish_information_commissioner() throws IOException {
        String reference = TestReferences.next();
        ObjectNode envelope = (ObjectNode) JSON.readTree(GoldenSamples.forReference(EventType.DECISION_APPROVED_V2,
                reference));
        ObjectNode payload = (ObjectNode) envelope.get("payload");
        payload.put("regime", "FOISA");
        ArrayNode questions = payload.putArray("questions");
        questions.addObject().put("number", 1).put("question", "How many school meals were served in 2025?")
                .put("outcome", "INFORMATION_PROVIDED").put("answer", "1,204,332.").putArray("exemptions");
        ObjectNode published = questions.addObject().put("number", 2)
                .put("question", "What is the catering budget?").put("outcome", "EXEMPT")
                .put("answer", "The budget is published.");
        published.putArray("exemptions").addObject().put("provision", "FOISA s.25")
                .put("title", "Information otherwise accessible").put("absolute", true)
                .put("reason", "The budget book is on our website.")
                .put("availableAt", "https://www.example-city.gov.uk/budget").putNull("publicInterest");

        String html = issue(reference, JSON.writeValueAsString(envelope)).html().replace("&#39;", "'");
        assertThat(html).contains("the Freedom of Information (Scotland) Act 2002", "Scottish Information Commissioner",
                "Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS", "https://www.foi.scot/appeal",
                "section 47", "within six months", "section 20 of the Act", "refusal notice under section 16",
                "https://www.example-city.gov.uk/budget")
                .doesNotContain("Information Commissioner's Office", "Wycliffe House", "section 50");
    }
}
