package org.foiplatform.intake.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.intake.application.IdempotencyKeyTakenException;
import org.foiplatform.intake.application.RequestRepository;
import org.foiplatform.intake.domain.InformationRequest;
import org.foiplatform.intake.domain.PreferredFormat;
import org.foiplatform.intake.domain.Question;
import org.foiplatform.intake.domain.Reference;
import org.foiplatform.intake.domain.RelatedRequests;
import org.foiplatform.intake.domain.Regime;
import org.foiplatform.intake.domain.RequestStatus;
import org.foiplatform.intake.domain.Requester;

/**
 * Requests in PostgreSQL over plain JDBC: a request is one row and its questions, written once and read back only
 * for a repeated idempotency key, so an object-relational mapper would add only classes, memory and time to the
 * platform's busiest path. The connection is the one of the caller's transaction (the pool enlists it), so the
 * rows commit or roll back with the outbox row of {@code RequestReceived}.
 */
@ApplicationScoped
public class JdbcRequestRepository implements RequestRepository {

    /** PostgreSQL's SQLSTATE for a unique constraint broken. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public JdbcRequestRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long nextSequence() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement next = connection.prepareStatement("select nextval('request_reference_seq')");
                ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new RequestStoreException("Could not take the next reference number", e);
        }
    }

    @Override
    public Optional<Keyed> findByIdempotencyKey(String idempotencyKey) {
        return find("idempotency_key", idempotencyKey);
    }

    @Override
    public Optional<InformationRequest> find(Reference reference) {
        return find("reference", reference.value()).map(Keyed::request);
    }

    private Optional<Keyed> find(String column, String value) {
        try (Connection connection = dataSource.getConnection()) {
            String reference;
            Requester requester;
            Timestamp receivedAt;
            RequestStatus status;
            Regime regime;
            String tokenHash;
            String organisation;
            String title;
            String format;
            Boolean consent;
            String fingerprint;
            try (PreparedStatement find = connection.prepareStatement("select reference, requester_name,"
                    + " requester_email, received_at, status, regime, tracking_token_hash, organisation, title,"
                    + " preferred_format, consent_to_publish, postal_address, idempotency_fingerprint from information_request where " + column + " = ?")) {
                find.setString(1, value);
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    reference = row.getString(1);
                    requester = new Requester(row.getString(2), row.getString(3), row.getString(12));
                    receivedAt = row.getTimestamp(4);
                    status = RequestStatus.valueOf(row.getString(5));
                    regime = Regime.valueOf(row.getString(6));
                    tokenHash = row.getString(7);
                    organisation = row.getString(8);
                    title = row.getString(9);
                    format = row.getString(10);
                    consent = row.getObject(11, Boolean.class);
                    fingerprint = row.getString(13);
                }
            }
            List<Question> questions = new ArrayList<>();
            try (PreparedStatement find = connection.prepareStatement(
                    "select number, text from request_question where reference = ? order by number")) {
                find.setString(1, reference);
                try (ResultSet rows = find.executeQuery()) {
                    while (rows.next()) {
                        questions.add(new Question(rows.getInt(1), rows.getString(2)));
                    }
                }
            }
            return Optional.of(new Keyed(new InformationRequest(new Reference(reference), requester, questions,
                    receivedAt.toInstant(), status, regime, tokenHash, organisation, title,
                    format == null ? null : PreferredFormat.valueOf(format), consent), fingerprint));
        } catch (SQLException e) {
            throw new RequestStoreException("Could not look up a request", e);
        }
    }

    @Override
    public void add(InformationRequest request, String idempotencyKey, String fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into information_request (reference,"
                    + " requester_name, requester_email, received_at, status, regime, idempotency_key,"
                    + " tracking_token_hash, organisation, title, preferred_format, consent_to_publish, postal_address,"
                    + " idempotency_fingerprint, comparable_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, request.reference().value());
                insert.setString(2, request.requester().name());
                insert.setString(3, request.requester().email());
                insert.setTimestamp(4, Timestamp.from(request.receivedAt()));
                insert.setString(5, request.status().name());
                insert.setString(6, request.regime().name());
                insert.setString(7, idempotencyKey);
                insert.setString(8, request.trackingTokenHash());
                insert.setString(9, request.organisation());
                insert.setString(10, request.title());
                insert.setString(11, request.preferredFormat() == null ? null : request.preferredFormat().name());
                insert.setObject(12, request.consentToPublish(), java.sql.Types.BOOLEAN);
                insert.setString(13, request.requester().postalAddress());
                insert.setString(14, fingerprint);
                insert.setString(15, RelatedRequests.comparableText(request.title(),
                        request.questions().stream().map(Question::text).toList()));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (idempotencyKey != null && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    // A concurrent submission with the same key committed first (the key's unique index waited
                    // for it): its receipt is the answer.
                    throw new IdempotencyKeyTakenException(e);
                }
                throw e;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into request_question (reference, number, text) values (?, ?, ?)")) {
                for (Question question : request.questions()) {
                    insert.setString(1, request.reference().value());
                    insert.setInt(2, question.number());
                    insert.setString(3, question.text());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new RequestStoreException("Could not store request " + request.reference().value(), e);
        }
    }

    /**
     * Two nearest-first (KNN) scans of the GiST trigram index, {@code <->} being pg_trgm's distance (1 - similarity):
     * the nearest of everyone's requests, and the nearest of this requester's (found by the email index, then
     * sorted). Each stops after {@code most} rows however many requests share the same words, so a campaign of
     * thousands costs what one does; the similarity floor is applied to those rows only (a {@code %} condition would
     * have the index find every match first). The README has the plans.
     */
    @Override
    public List<RelatedRequests.Candidate> similarTo(String comparableText, String email, Instant since,
            double atLeast, int most) {
        String nearest = "select reference, received_at, requester_email, similarity(comparable_text, ?) as s"
                + " from information_request where received_at >= ? and comparable_text is not null %s"
                + " order by comparable_text <-> ? limit ?";
        String sql = "select reference, received_at, requester_email, s from ((" + nearest.formatted("")
                + ") union all (" + nearest.formatted("and lower(requester_email) = lower(?)") + ")) c where s >= ?"
                + " order by s desc";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(sql)) {
            int i = 1;
            Timestamp from = Timestamp.from(since);
            find.setString(i++, comparableText);
            find.setTimestamp(i++, from);
            find.setString(i++, comparableText);
            find.setInt(i++, most);
            find.setString(i++, comparableText);
            find.setTimestamp(i++, from);
            find.setString(i++, email);
            find.setString(i++, comparableText);
            find.setInt(i++, most);
            find.setDouble(i, atLeast);
            List<RelatedRequests.Candidate> found = new ArrayList<>();
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    found.add(new RelatedRequests.Candidate(rows.getString(1), rows.getTimestamp(2).toInstant(),
                            rows.getString(3), rows.getDouble(4)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new RequestStoreException("Could not look for related requests", e);
        }
    }

    /** The database refused or could not be reached; the cause says which (a passing fault answers 503). */
    public static final class RequestStoreException extends RuntimeException {
        RequestStoreException(String message, SQLException cause) {
            super(message, cause);
        }
    }
}
