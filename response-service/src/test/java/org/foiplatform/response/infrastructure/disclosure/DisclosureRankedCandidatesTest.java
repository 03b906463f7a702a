package org.foiplatform.response.infrastructure.disclosure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiplatform.response.infrastructure.disclosure.DisclosureFixtures.word;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.foiplatform.localstack.testsupport.JwtKeys;
import org.foiplatform.localstack.testsupport.KafkaBrokerResource;
import org.foiplatform.localstack.testsupport.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * More than 1,000 matches: the results are the most relevant of the newest 1,000, then the older matches newest
 * first (V5's disclosure_search, JdbcDisclosureLog.wordsSql); the count says "more than 1,000"; an entry taken
 * down or not yet published is never among them, as the narrow table follows disclosure_entry.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "prefix", value = "response_test"))
@WithTestResource(JwtKeys.class)
class DisclosureRankedCandidatesTest {

    @Inject
    DataSource dataSource;

    /** Entries first..last, published, responded on consecutive days from 2020-01-01, with the text given. */
    private void insert(String prefix, int first, int last, String title, String answer) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("insert into"
                + " disclosure_entry (id, reference, letter_id, regime, case_outcome, responded_on, publish_on,"
                + " published_at, updated_at, title, questions, questions_text, answers_text, exemptions, letter_html)"
                + " select gen_random_uuid(), ? || lpad(i::text, 5, '0'), gen_random_uuid(), 'FOIA', 'GRANTED_FULL',"
                + " date '2020-01-01' + i, date '2020-01-01' + i, now(), now(), ?, '[]'::jsonb, ?, ?, '{}', '<p></p>'"
                + " from generate_series(?, ?) i")) {
            s.setString(1, prefix);
            s.setString(2, title);
            s.setString(3, title);
            s.setString(4, answer);
            s.setInt(5, first);
            s.setInt(6, last);
            s.executeUpdate();
        }
    }

    private static JsonPath api(String word, int page) {
        return given().queryParam("q", word).queryParam("page", page).get("/api/disclosure-log").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void past_a_thousand_matches_the_newest_thousand_are_ranked_then_older_ones_come_newest_first() throws Exception {
        String word = word();
        String prefix = "FOI-1997-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        // The oldest entry has the word in its title (it would rank first of all); 1,005 newer ones in an answer,
        // and among the newest 1,000 one with it in the title.
        insert(prefix, 0, 0, "The " + word + " budget", "Answer.");
        insert(prefix, 1, 1_005, "A question", "The " + word + " answer.");
        insert(prefix, 1_006, 1_006, "A question", "Nothing here.");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update disclosure_entry set title = ?, questions_text = ? where reference = ?")) {
            s.setString(1, "The " + word + " budget");
            s.setString(2, "The " + word + " budget");
            s.setString(3, prefix + "00500");
            s.executeUpdate();
        }

        JsonPath first = api(word, 1);
        assertThat(first.getInt("total")).isEqualTo(1_001);
        assertThat(first.getBoolean("totalCapped")).isTrue();
        List<String> references = first.getList("results.reference", String.class);
        assertThat(references).hasSize(20);
        // Most relevant of the newest 1,000: the title match among them first, then the newest answer matches.
        assertThat(references.get(0)).isEqualTo(prefix + "00500");
        assertThat(references.subList(1, 4)).containsExactly(prefix + "01005", prefix + "01004", prefix + "01003");
        assertThat(references).doesNotContain(prefix + "00000");
        // The page says how it orders so many.
        assertThat(given().queryParam("q", word).get("/disclosure-log").then().statusCode(200).extract().asString())
                .contains("More than 1,000 published responses", "the most relevant of the newest 1,000 come first");
        // Page 51: past the ranked 1,000, the older matches newest first; the old title match is the last of all.
        JsonPath past = api(word, 51);
        List<String> older = past.getList("results.reference", String.class);
        assertThat(older).containsExactly(prefix + "00005", prefix + "00004", prefix + "00003", prefix + "00002",
                prefix + "00001", prefix + "00000");
        assertThat(past.getInt("total")).isEqualTo(1_006);

        // Taken down: it leaves the search at once.
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update disclosure_entry set unpublished_at = now(), unpublish_reason = 'test' where reference = ?")) {
            s.setString(1, prefix + "00500");
            s.executeUpdate();
        }
        assertThat(api(word, 1).getList("results.reference", String.class)).doesNotContain(prefix + "00500")
                .startsWith(prefix + "01005");
    }
}
