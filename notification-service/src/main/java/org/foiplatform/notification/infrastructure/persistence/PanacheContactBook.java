package org.foiplatform.notification.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.notification.application.ContactBook;
import org.foiplatform.notification.domain.Contact;

@ApplicationScoped
public class PanacheContactBook implements ContactBook {

    @Override
    public void save(Contact contact) {
        ContactEntity entity = ContactEntity.<ContactEntity>findByIdOptional(contact.reference()).orElseGet(() -> {
            ContactEntity created = new ContactEntity();
            created.reference = contact.reference();
            return created;
        });
        entity.name = contact.name();
        entity.email = contact.email();
        // Flushed here, inside the handling, so that a write that cannot be made fails the handling (and
        // its inbox row) instead of being skipped at commit.
        entity.persistAndFlush();
    }

    @Override
    public Optional<Contact> find(String reference) {
        return ContactEntity.<ContactEntity>findByIdOptional(reference)
                .map(e -> new Contact(e.reference, e.name, e.email));
    }
}
