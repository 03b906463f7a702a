package org.foiplatform.intake.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.foiplatform.contracts.EventCodec;
import org.foiplatform.contracts.Topics;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.localstack.testsupport.ContractSchemas;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.foiplatform.localstack.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Repeats and campaigns end to end: requests go in through the API, PostgreSQL's pg_trgm finds the earlier ones (the
 * migration creates the extension and the index), and the RequestReceived read off the real broker carries them with
 * their scores. Each test's words carry a word of its own, so that no other test's requests come near them.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "intake_test"))
class RelatedRequestsEventTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private final EventCodec codec = new EventCodec();

    private static String submit(String email, String title, String... questions) {
        StringBuilder list = new StringBuilder();
        for (String question : questions) {
            list.append(list.isEmpty() ? "" : ",").append("{\"text\":\"").append(question).append("\"}");
        }
        return given().contentType(ContentType.JSON)
                .body("{\"requester\":{\"name\":\"A Requester\",\"email\":\"" + email + "\"},\"title\":\"" + title
                        + "\",\"questions\":[" + list + "]}")
                .post("/api/requests").then().statusCode(201).extract().path("reference");
    }

    private RequestReceived published(String reference) {
        String value = TopicReader.await(kafka, Topics.INTAKE, reference, 1, Duration.ofSeconds(30)).get(0).value();
        ContractSchemas.assertValid(value);
        return codec.payload(codec.read(value), RequestReceived.class);
    }

    @Test
    void the_same_requester_asking_again_for_substantially_the_same_thing_is_named_with_its_score() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String first = submit("repeat-" + word + "@example.org", "Gritting routes " + word,
                "Which roads in " + word + " ward did the council grit in January 2026, and how often?");
        String again = submit("Repeat-" + word + "@Example.org", "Gritting routes " + word,
                "Which roads in " + word + " ward did the council grit in January 2026?");

        assertThat(published(first).relatedRequests()).isEmpty();
        RequestReceived repeat = published(again);
        assertThat(repeat.relatedRequests()).singleElement().satisfies(r -> {
            assertThat(r.reference()).isEqualTo(first);
            assertThat(r.sameRequester()).isTrue();
            assertThat(r.similarity()).isBetween(0.5, 0.99);
            // As stored: PostgreSQL keeps microseconds.
            assertThat(Duration.between(r.receivedAt(), published(first).receivedAt()).abs())
                    .isLessThanOrEqualTo(Duration.ofNanos(1000));
        });
    }

    @Test
    void near_identical_words_from_two_other_people_are_a_campaign_and_an_unrelated_request_gets_none() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String text = "Please publish the " + word + " incinerator contract, its price and every variation since 2020.";
        String one = submit("one-" + word + "@example.org", "Incinerator contract", text);
        String two = submit("two-" + word + "@example.org", "Incinerator contract", text);
        String three = submit("three-" + word + "@example.org", "Incinerator contract!", text + " Thank you.");
        String unrelated = submit("other-" + word + "@example.org", "Library opening hours",
                "What were the opening hours of each " + word + " library branch in 2019?");

        assertThat(published(two).relatedRequests()).singleElement().satisfies(r -> {
            assertThat(r.reference()).isEqualTo(one);
            assertThat(r.sameRequester()).isFalse();
            assertThat(r.similarity()).isEqualTo(1.0);
        });
        RequestReceived third = published(three);
        assertThat(third.relatedRequests()).extracting(RequestReceived.RelatedRequest::reference)
                .containsExactlyInAnyOrder(one, two);
        assertThat(third.relatedRequests()).allSatisfy(r -> {
            assertThat(r.sameRequester()).isFalse();
            assertThat(r.similarity()).isBetween(0.8, 0.99);
        });
        assertThat(published(unrelated).relatedRequests()).isEmpty();
    }

    @Test
    void a_request_older_than_the_look_back_window_is_not_named() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String text = "How many " + word + " parking permits were issued in Old Town in 2025?";
        String old = submit("old-" + word + "@example.org", "Parking permits", text);
        String recent = submit("recent-" + word + "@example.org", "Parking permits", text);
        // The first was received 93 days ago: one day beyond foi.intake.related.look-back-days (92).
        try (var connection = dataSource.getConnection(); var update = connection.prepareStatement(
                "update information_request set received_at = now() - interval '93 days' where reference = ?")) {
            update.setString(1, old);
            update.executeUpdate();
        }

        String now = submit("now-" + word + "@example.org", "Parking permits", text);

        assertThat(published(now).relatedRequests()).extracting(RequestReceived.RelatedRequest::reference)
                .containsExactly(recent);
    }
}
