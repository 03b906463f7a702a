package org.foiplatform.response.infrastructure.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.response.application.LetterRepository;
import org.foiplatform.response.domain.Finding;
import org.foiplatform.response.domain.Letter;
import org.foiplatform.response.domain.LetterContent;
import org.foiplatform.response.domain.LetterDocument;
import org.foiplatform.response.domain.LetterKind;
import org.foiplatform.response.domain.LetterStatus;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Letters and their documents over plain JDBC (ADR 0008), on the connection of the caller's transaction. The
 * content and findings are kept as JSON: the letter is read and written whole, never queried field by field.
 */
@ApplicationScoped
public class JdbcLetterRepository implements LetterRepository {

    private static final String COLUMNS = "id, version, content, created_at, status, findings, issued_at, reference, subject, kind, regime";
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper json;

    public JdbcLetterRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    @Override
    public int latestVersion(String reference) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select coalesce(max(version), 0) from response_letter where reference = ?")) {
            s.setString(1, reference);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the letters of " + reference, e);
        }
    }

    @Override
    public void add(Letter letter, List<LetterDocument> documents) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into response_letter (id, reference, version, "
                    + "subject, kind, regime, status, content, findings, created_at, issued_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)")) {
                s.setObject(1, letter.id());
                s.setString(2, letter.reference());
                s.setInt(3, letter.version());
                s.setString(4, letter.subject());
                s.setString(5, letter.kind().name());
                s.setString(6, letter.regime());
                s.setString(7, letter.status().name());
                s.setString(8, json.writeValueAsString(letter.content()));
                s.setString(9, json.writeValueAsString(letter.findings()));
                s.setTimestamp(10, Timestamp.from(letter.createdAt()));
                if (letter.issuedAt() == null) {
                    s.setNull(11, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    s.setTimestamp(11, Timestamp.from(letter.issuedAt()));
                }
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into letter_document (letter_id, format, "
                    + "media_type, content, bytes, sha256) values (?, ?, ?, ?, ?, ?)")) {
                for (LetterDocument d : documents) {
                    s.setObject(1, d.letterId());
                    s.setString(2, d.format().key());
                    s.setString(3, d.format().mediaType());
                    s.setBytes(4, d.content());
                    s.setInt(5, d.content().length);
                    s.setString(6, d.sha256());
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("Could not store letter " + letter.id() + " of " + letter.reference(), e);
        }
    }

    @Override
    public Optional<Letter> find(UUID id) {
        List<Letter> found = query("select " + COLUMNS + " from response_letter where id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<Letter> forReference(String reference) {
        return query("select " + COLUMNS + " from response_letter where reference = ? order by version", reference);
    }

    @Override
    public Optional<Letter> latest(String reference, List<LetterStatus> statuses) {
        return query("select " + COLUMNS + " from response_letter where reference = ? and status = any (?) "
                + "order by version desc limit 1", reference, statuses.stream().map(Enum::name).toArray(String[]::new))
                .stream().findFirst();
    }

    @Override
    public Optional<LetterDocument> document(UUID letterId, LetterDocument.Format format) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select content, sha256 from letter_document where letter_id = ? and format = ?")) {
            s.setObject(1, letterId);
            s.setString(2, format.key());
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new LetterDocument(letterId, format, row.getBytes(1), row.getString(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the " + format.key() + " of letter " + letterId, e);
        }
    }

    @Override
    public void changeStatus(UUID id, LetterStatus status) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update response_letter set status = ? where id = ?")) {
            s.setString(1, status.name());
            s.setObject(2, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not change the status of letter " + id, e);
        }
    }

    private List<Letter> query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] array) {
                    s.setArray(i + 1, c.createArrayOf("varchar", array));
                } else {
                    s.setObject(i + 1, parameters[i]);
                }
            }
            List<Letter> letters = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    Timestamp issued = row.getTimestamp(7);
                    String content = row.getString(3);
                    letters.add(Letter.restore(row.getObject(1, UUID.class), row.getInt(2), content == null
                            ? legacy(row.getString(8), row.getString(9), row.getString(10), row.getString(11))
                            : json.readValue(content, LetterContent.class), row.getTimestamp(4).toInstant(),
                            LetterStatus.valueOf(row.getString(5)), json.readValue(row.getString(6), FINDINGS),
                            issued == null ? null : issued.toInstant()));
                }
            }
            return letters;
        } catch (SQLException | IOException e) {
            throw new StoreException("Could not read letters", e);
        }
    }


    /** A letter issued before letters kept their content (migration V3): only its HTML document is left. */
    private static LetterContent legacy(String reference, String subject, String kind, String regime) {
        return new LetterContent(LetterKind.valueOf(kind), reference, regime, null, null, subject, null, null, null,
                false, null, null, List.of(), null);
    }
}
