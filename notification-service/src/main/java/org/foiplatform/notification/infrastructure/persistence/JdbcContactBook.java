package org.foiplatform.notification.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.notification.application.ContactBook;
import org.foiplatform.notification.domain.Contact;

/**
 * Requesters' names and addresses over plain JDBC, on the connection of the caller's transaction. Each statement
 * runs at once, inside the handling, so a write that cannot be made fails the handling (and its inbox row).
 */
@ApplicationScoped
public class JdbcContactBook implements ContactBook {

    private final DataSource dataSource;

    public JdbcContactBook(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Contact contact) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement upsert = connection.prepareStatement(
                "insert into requester_contact (reference, name, email, postal_address, tracking_token_sealed)"
                        + " values (?, ?, ?, ?, ?) on conflict (reference) do update set name = excluded.name,"
                        + " email = excluded.email, postal_address = excluded.postal_address,"
                        + " tracking_token_sealed = excluded.tracking_token_sealed")) {
            upsert.setString(1, contact.reference());
            upsert.setString(2, contact.name());
            upsert.setString(3, contact.email());
            upsert.setString(4, contact.postalAddress());
            upsert.setString(5, contact.trackingTokenSealed());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not save the contact for " + contact.reference(), e);
        }
    }

    @Override
    public Optional<Contact> find(String reference) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement find = connection.prepareStatement(
                "select reference, name, email, postal_address, tracking_token_sealed from requester_contact"
                        + " where reference = ?")) {
            find.setString(1, reference);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(new Contact(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the contact for " + reference, e);
        }
    }
}
