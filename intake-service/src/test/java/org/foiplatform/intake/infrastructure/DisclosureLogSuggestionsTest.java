package org.foiplatform.intake.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.EventType;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.ResponsePublished;
import org.foiplatform.contracts.events.ResponseUnpublished;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Suggestions from the disclosure log: a ResponsePublished on the real broker is kept by intake (once, however often
 * it comes), and check your answers links to it for a similar request and not for an unrelated one.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "intake_test"))
class DisclosureLogSuggestionsTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    DataSource dataSource;

    private final EventCodec codec = new EventCodec();
    private final PortalSession portal = new PortalSession();

    private String published(String reference, String path, String title, String question) {
        return codec.write(codec.wrap(EventType.RESPONSE_PUBLISHED, reference, new ResponsePublished(reference,
                UUID.randomUUID(), "FOIA", "GRANTED", LocalDate.of(2026, 4, 20), Instant.parse("2026-05-18T09:00:00Z"),
                title, path, List.of(), List.of(new ResponsePublished.Question(1, question, "Information given"))),
                Instant.now(), null, null));
    }

    private String checkPage(String title, String question) {
        portal.get("/requests/new");
        return portal.post("/requests/new", "action", "continue", "name", "Jane Citizen", "email", "jane@example.org",
                "organisation", "", "title", title, "question", question, "preferredFormat", "ELECTRONIC",
                "consent", "no", "website", "").then().statusCode(200).extract().asString();
    }

    @Test
    void a_published_response_is_suggested_for_a_similar_request_and_not_for_an_unrelated_one() throws SQLException {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String reference = "FOI-2026-" + (700000 + (int) (Math.random() * 99999));
        String event = published(reference, "/disclosure-log/" + reference, "Gull nests on the town hall roof",
                "How many gull nests were removed from the roof of " + word + " town hall in 2025, and what did it cost?");
        // Delivered twice: kept once. Then one whose path leads off the log, on the same key (so handled after).
        TopicReader.produce(kafka, Topics.RESPONSE, reference, event);
        TopicReader.produce(kafka, Topics.RESPONSE, reference, event);
        String offSite = "FOI-2026-" + (800000 + (int) (Math.random() * 99999));
        TopicReader.produce(kafka, Topics.RESPONSE, reference, published(offSite, "//evil.example/x",
                "Gull nests elsewhere", "How many gull nests were removed from " + word + "?"));
        String marker = "FOI-2026-" + (900000 + (int) (Math.random() * 99999));
        TopicReader.produce(kafka, Topics.RESPONSE, reference, published(marker, "/disclosure-log/" + marker,
                "Allotment waiting list", "How long is the waiting list for an allotment in " + word + "?"));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("select count(*) from published_response"
                + " where reference = '" + marker + "'") == 1);
        assertThat(rows("select count(*) from published_response where reference = '" + reference + "'")).isEqualTo(1);
        assertThat(rows("select count(*) from published_response where reference = '" + offSite + "'")).isZero();

        String similar = checkPage("Gulls nesting at " + word + " town hall",
                "How many gull nests did you remove from the town hall roof in 2025?");
        assertThat(similar).contains("These published responses may already answer your question")
                .contains("<a class=\"govuk-link\" href=\"http://127.0.0.1:8083/disclosure-log/" + reference
                        + "\">Gull nests on the town hall roof</a> (published 18 May 2026)")
                .doesNotContain("evil.example");

        // Taken off the log: no longer suggested. A later event on the same key is the marker that it was handled.
        TopicReader.produce(kafka, Topics.RESPONSE, reference, codec.write(codec.wrap(EventType.RESPONSE_UNPUBLISHED,
                reference, new ResponseUnpublished(reference, UUID.randomUUID(), Instant.now()), Instant.now(), null,
                null)));
        String marker2 = "FOI-2026-" + (600000 + (int) (Math.random() * 99999));
        TopicReader.produce(kafka, Topics.RESPONSE, reference, published(marker2, "/disclosure-log/" + marker2,
                "Parking permits", "How many parking permits were issued in " + word + "?"));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("select count(*) from published_response"
                + " where reference = '" + marker2 + "'") == 1);
        assertThat(rows("select count(*) from published_response where reference = '" + reference + "'")).isZero();
        assertThat(checkPage("Gulls nesting at " + word + " town hall",
                "How many gull nests did you remove from the town hall roof in 2025?"))
                .doesNotContain("/disclosure-log/" + reference);

        String unrelated = checkPage("Library opening hours",
                "What were the opening hours of each library branch in 2019?");
        assertThat(unrelated).contains("Check your answers before sending")
                .doesNotContain("may already answer your question").doesNotContain("/disclosure-log/");
    }

    private long rows(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
