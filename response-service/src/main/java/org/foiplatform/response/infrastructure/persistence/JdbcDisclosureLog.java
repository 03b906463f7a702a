package org.foiplatform.response.infrastructure.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.response.application.DisclosureLog;
import org.foiplatform.response.application.DisclosureSearch;
import org.foiplatform.response.domain.DisclosureEntry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The disclosure log over plain JDBC (ADR 0008), on the connection of the caller's transaction. The search is
 * PostgreSQL's full-text search over the weighted {@code search} column ({@code V4__disclosure_log.sql}).
 * Everything public is filtered by {@link #PUBLIC}: an entry not yet published, or taken down, is never read here.
 */
@ApplicationScoped
public class JdbcDisclosureLog implements DisclosureLog, DisclosureSearch {

    /** What the public may see. Every public query has it. */
    static final String PUBLIC = "published_at is not null and unpublished_at is null";
    /** Markers ts_headline puts round a match: control characters, which no stored text holds (the anonymiser drops them). */
    static final char START = '\u0002';
    static final char STOP = '\u0003';
    static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";
    private static final String COLUMNS = "id, reference, letter_id, regime, case_outcome, responded_on, publish_on,"
            + " published_at, unpublished_at, unpublish_reason, title, questions, exemptions, letter_html";
    private static final TypeReference<List<DisclosureEntry.Question>> QUESTIONS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    public JdbcDisclosureLog(DataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void save(DisclosureEntry e) {
        String sql = "insert into disclosure_entry (id, reference, letter_id, regime, case_outcome, responded_on,"
                + " publish_on, updated_at, title, questions, questions_text, answers_text, exemptions, letter_html)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)"
                + " on conflict (reference) do update set letter_id = excluded.letter_id, regime = excluded.regime,"
                + " case_outcome = excluded.case_outcome, responded_on = excluded.responded_on,"
                // A published entry keeps the day it was due; one not yet published is due anew from the new letter.
                + " publish_on = case when disclosure_entry.published_at is null then excluded.publish_on"
                + " else disclosure_entry.publish_on end,"
                + " updated_at = excluded.updated_at, title = excluded.title, questions = excluded.questions,"
                + " questions_text = excluded.questions_text, answers_text = excluded.answers_text,"
                + " exemptions = excluded.exemptions, letter_html = excluded.letter_html";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, e.id());
            s.setString(2, e.reference());
            s.setObject(3, e.letterId());
            s.setString(4, e.regime());
            s.setString(5, e.caseOutcome());
            s.setObject(6, e.respondedOn());
            s.setObject(7, e.publishOn());
            s.setTimestamp(8, Timestamp.from(clock.instant()));
            s.setString(9, e.title());
            s.setString(10, json.writeValueAsString(e.questions()));
            s.setString(11, e.questions().stream().map(q -> nonNull(q.question())).collect(Collectors.joining("\n")));
            s.setString(12, e.questions().stream().map(q -> nonNull(q.answer())).collect(Collectors.joining("\n")));
            s.setArray(13, c.createArrayOf("text", e.exemptions().toArray()));
            s.setString(14, e.letterHtml());
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException ex) {
            throw new IllegalStateException("Could not store the disclosure log entry for " + e.reference(), ex);
        }
    }

    @Override
    public Optional<DisclosureEntry> find(String reference) {
        return one("select " + COLUMNS + " from disclosure_entry where reference = ?", reference);
    }

    @Override
    public Optional<DisclosureEntry> published(String reference) {
        return one("select " + COLUMNS + " from disclosure_entry where reference = ? and " + PUBLIC, reference);
    }

    @Override
    public List<DisclosureEntry> lockDue(LocalDate today, int limit) {
        String sql = "select " + COLUMNS + " from disclosure_entry where published_at is null and unpublished_at is null"
                + " and publish_on <= ? order by publish_on, reference limit ? for update skip locked";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, today);
            s.setInt(2, limit);
            return entries(s);
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not read the entries due for publication", ex);
        }
    }

    @Override
    public void markPublished(UUID id, Instant at) {
        update("update disclosure_entry set published_at = ? where id = ? and published_at is null", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, id);
        });
    }

    @Override
    public boolean unpublish(String reference, String reason, Instant at) {
        return update("update disclosure_entry set unpublished_at = ?, unpublish_reason = ? where reference = ? and "
                + PUBLIC, s -> {
                    s.setTimestamp(1, Timestamp.from(at));
                    s.setString(2, reason);
                    s.setString(3, reference);
                }) == 1;
    }

    @Override
    public List<DisclosureEntry> latest(int count) {
        String sql = "select " + COLUMNS + " from disclosure_entry where " + PUBLIC
                + " order by published_at desc, reference desc limit ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, count);
            return entries(s);
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not read the latest entries", ex);
        }
    }

    /**
     * How many of the newest matches a search ranks: the count's cap and one more, or as deep as the page asked
     * for. When more words match than that, the results are the most relevant of the newest {@value #RANKED}
     * matches, then older matches newest first: ranking every match of a common word among a million entries would
     * read most of the table (docs/perf/disclosure-search-plan.txt).
     */
    static final int RANKED = COUNT_CAP;

    @Override
    public Page search(Query query) {
        return query.hasText() ? searchWords(query) : newest(query);
    }

    /**
     * The words: the newest matches (at least {@code COUNT_CAP + 1}, so that they also give the capped count) from
     * the narrow {@code disclosure_search} (V5), the newest {@link #RANKED} of them ranked with ts_rank_cd on the
     * weighted vector (title A, questions B, answers C), ties to the newest; disclosure_entry is read, and the
     * snippet made, for the page's rows only. One statement, so that the page and its count agree.
     */
    private Page searchWords(Query query) {
        long offset = (long) (query.page() - 1) * PAGE_SIZE;
        List<Object> params = new ArrayList<>();
        String sql = wordsSql(query, offset, params);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            unprepared(s);
            bind(s, params);
            List<Hit> hits = new ArrayList<>();
            long matches = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    matches = r.getLong("matches");
                    if (r.getString("reference") != null) {
                        hits.add(hit(r));
                    }
                }
            }
            return new Page(hits, total(hits, offset, matches), query.page(), PAGE_SIZE);
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not search the disclosure log", ex);
        }
    }

    /** The search with words, as sent (the bench's DisclosureSearchStep keeps a copy of it). */
    static String wordsSql(Query query, long offset, List<Object> params) {
        long candidates = Math.max(COUNT_CAP + 1, offset + PAGE_SIZE);
        List<Object> filterParams = new ArrayList<>();
        String where = filters(query, filterParams, "s.");
        params.add(query.text());
        params.addAll(filterParams);
        params.add(candidates);
        params.add(RANKED);
        params.add(PAGE_SIZE);
        params.add(offset);
        params.add(HEADLINE_OPTIONS);
        return "with candidates as materialized (select s.entry_id, s.reference, s.responded_on, s.search, q"
                + " from disclosure_search s, websearch_to_tsquery('english', ?) as q where s.search @@ q" + where
                + " order by s.responded_on desc, s.reference desc limit ?),"
                + " ranked as (select c.*, ts_rank_cd(c.search, c.q) as rank,"
                + " row_number() over (order by c.responded_on desc, c.reference desc) <= ? as among_newest"
                + " from candidates c),"
                + " page as (select entry_id, q, rank, among_newest from ranked"
                + " order by among_newest desc, case when among_newest then rank end desc nulls last,"
                + " responded_on desc, reference desc limit ? offset ?)"
                + " select e.reference, e.title, e.regime, e.case_outcome, e.responded_on, e.published_at, e.exemptions,"
                + " p.rank, ts_headline('english', e.questions_text || E'\\n' || e.answers_text, p.q, ?) as snippet,"
                + " m.matches from (select count(*) as matches from candidates) as m left join page p on true"
                + " left join disclosure_entry e on e.id = p.entry_id and e." + PUBLIC.replace(" and ", " and e.")
                + " order by p.among_newest desc, case when p.among_newest then p.rank end desc nulls last,"
                + " e.responded_on desc, e.reference desc";
    }

    /** No words: the newest first. */
    private Page newest(Query query) {
        List<Object> filterParams = new ArrayList<>();
        String from = " from disclosure_entry where " + PUBLIC;
        String where = filters(query, filterParams, "");
        List<Object> params = new ArrayList<>(filterParams);
        String sql = "select reference, title, regime, case_outcome, responded_on, published_at, exemptions,"
                + " 0 as rank, null as snippet" + from + where + " order by responded_on desc, reference desc"
                + " limit ? offset ?";
        params.add(PAGE_SIZE);
        long offset = (long) (query.page() - 1) * PAGE_SIZE;
        params.add(offset);
        try (Connection c = dataSource.getConnection()) {
            List<Hit> hits = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        hits.add(hit(r));
                    }
                }
            }
            if (!hits.isEmpty() && hits.size() < PAGE_SIZE) {
                // The last page: the total is known without counting.
                return new Page(hits, offset + hits.size(), query.page(), PAGE_SIZE);
            }
            // Counted up to one more than the cap only: an exact count at a million entries would cost more than
            // the page itself (docs/perf/disclosure-search-1m.sql).
            List<Object> countParams = new ArrayList<>(filterParams);
            countParams.add(COUNT_CAP + 1);
            try (PreparedStatement s = c.prepareStatement("select count(*) from (select 1" + from + where
                    + " limit ?) as matches")) {
                bind(s, countParams);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new Page(hits, r.getLong(1), query.page(), PAGE_SIZE);
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not search the disclosure log", ex);
        }
    }

    /** Exact on the last page, capped at {@code COUNT_CAP + 1} otherwise, as {@link Page} expects. */
    static long total(List<Hit> hits, long offset, long matches) {
        if (!hits.isEmpty() && hits.size() < PAGE_SIZE) {
            return offset + hits.size();
        }
        return Math.min(matches, COUNT_CAP + 1);
    }

    private static Hit hit(ResultSet r) throws SQLException {
        return new Hit(r.getString("reference"), r.getString("title"), r.getString("regime"),
                r.getString("case_outcome"), r.getObject("responded_on", LocalDate.class),
                instant(r.getTimestamp("published_at")), strings(r.getArray("exemptions")),
                Snippets.toHtml(r.getString("snippet")), r.getDouble("rank"));
    }

    /**
     * Never a server-side prepared statement: each search is planned with its own words, whose frequency decides
     * between walking the newest entries and the GIN index; a generic plan cannot know it.
     */
    private static void unprepared(PreparedStatement s) throws SQLException {
        if (s.isWrapperFor(org.postgresql.PGStatement.class)) {
            s.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
        }
    }

    private static String filters(Query query, List<Object> params, String alias) {
        StringBuilder sql = new StringBuilder();
        if (query.respondedFrom() != null) {
            sql.append(" and " + alias + "responded_on >= ?");
            params.add(query.respondedFrom());
        }
        if (query.respondedTo() != null) {
            sql.append(" and " + alias + "responded_on <= ?");
            params.add(query.respondedTo());
        }
        if (query.regime() != null) {
            sql.append(" and " + alias + "regime = ?");
            params.add(query.regime());
        }
        if (query.outcome() != null) {
            sql.append(" and " + alias + "case_outcome = ?");
            params.add(query.outcome());
        }
        if (query.exemption() != null) {
            sql.append(" and " + alias + "exemptions @> array[?]::text[]");
            params.add(query.exemption());
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    private Optional<DisclosureEntry> one(String sql, String reference) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, reference);
            return entries(s).stream().findFirst();
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not read the disclosure log entry for " + reference, ex);
        }
    }

    private List<DisclosureEntry> entries(PreparedStatement s) throws SQLException {
        List<DisclosureEntry> found = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                found.add(new DisclosureEntry(r.getObject("id", UUID.class), r.getString("reference"),
                        r.getObject("letter_id", UUID.class), r.getString("regime"), r.getString("case_outcome"),
                        r.getObject("responded_on", LocalDate.class), r.getObject("publish_on", LocalDate.class),
                        instant(r.getTimestamp("published_at")), instant(r.getTimestamp("unpublished_at")),
                        r.getString("unpublish_reason"), r.getString("title"), questions(r.getString("questions")),
                        strings(r.getArray("exemptions")), r.getString("letter_html")));
            }
        }
        return found;
    }

    private List<DisclosureEntry.Question> questions(String text) {
        try {
            return json.readValue(text, QUESTIONS);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Unreadable questions in the disclosure log", ex);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not update the disclosure log", ex);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
