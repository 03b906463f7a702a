package org.foiplatform.notification.application;

import java.util.Optional;

import org.foiplatform.notification.domain.Contact;

/** The requester contact details this service keeps (event-carried state from RequestReceived). */
public interface ContactBook {

    void save(Contact contact);

    Optional<Contact> find(String reference);
}
