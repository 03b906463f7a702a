package org.foiplatform.assessment.infrastructure.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.application.RelatedRequestStore;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.assessment.domain.RegimeHint;
import org.foiplatform.assessment.domain.RelatedRequest;

/**
 * Related requests as rows both ways (related_request) and the regime hint (regime_hint), in the caller's
 * transaction. A second recording of the same link does nothing.
 */
@ApplicationScoped
public class JdbcRelatedRequests implements RelatedRequestStore {

    /** The words of a hint are kept as one text, one per line (none contains a line break). */
    private static final String SEPARATOR = "\n";

    private final DataSource dataSource;

    public JdbcRelatedRequests(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(String reference, LocalDate receivedOn, List<RelatedRequest> related) {
        if (related.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement forward = c.prepareStatement("insert into related_request (reference, "
                        + "related_reference, related_received_on, similarity, same_requester, later) "
                        + "values (?, ?, ?, ?, ?, false) on conflict do nothing");
                PreparedStatement reverse = c.prepareStatement("insert into related_request (reference, "
                        + "related_reference, related_received_on, similarity, same_requester, later) "
                        + "select reference, ?, ?, ?, ?, true from foi_case where reference = ? "
                        + "on conflict do nothing")) {
            for (RelatedRequest r : related) {
                BigDecimal similarity = BigDecimal.valueOf(r.similarity()).setScale(3, RoundingMode.HALF_UP);
                forward.setString(1, reference);
                forward.setString(2, r.reference());
                forward.setDate(3, Date.valueOf(r.receivedOn()));
                forward.setBigDecimal(4, similarity);
                forward.setBoolean(5, r.sameRequester());
                forward.addBatch();
                reverse.setString(1, reference);
                reverse.setDate(2, Date.valueOf(receivedOn));
                reverse.setBigDecimal(3, similarity);
                reverse.setBoolean(4, r.sameRequester());
                reverse.setString(5, r.reference());
                reverse.addBatch();
            }
            forward.executeBatch();
            reverse.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the requests related to " + reference, e);
        }
    }

    @Override
    public List<RelatedRequest> of(String reference) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select related_reference, related_received_on, similarity, "
                        + "same_requester, later from related_request where reference = ? "
                        + "order by similarity desc, related_received_on desc, related_reference")) {
            s.setString(1, reference);
            List<RelatedRequest> related = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    related.add(new RelatedRequest(rs.getString(1), rs.getDate(2).toLocalDate(),
                            rs.getBigDecimal(3).doubleValue(), rs.getBoolean(4), rs.getBoolean(5)));
                }
            }
            return related;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the requests related to " + reference, e);
        }
    }

    @Override
    public void recordHint(String reference, RegimeHint hint) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into regime_hint (reference, regime, because) "
                        + "values (?, ?, ?) on conflict do nothing")) {
            s.setString(1, reference);
            s.setString(2, hint.regime().name());
            s.setString(3, String.join(SEPARATOR, hint.because()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the regime hint of " + reference, e);
        }
    }

    @Override
    public Optional<RegimeHint> hint(String reference) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select regime, because from regime_hint where reference = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String because = rs.getString(2);
                return Optional.of(new RegimeHint(Regime.valueOf(rs.getString(1)),
                        because.isEmpty() ? List.of() : Arrays.asList(because.split(SEPARATOR))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the regime hint of " + reference, e);
        }
    }
}
