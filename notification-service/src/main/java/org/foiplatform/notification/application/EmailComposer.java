package org.foiplatform.notification.application;

import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.Email;
import org.foiplatform.notification.domain.OutgoingMessage;

/** Writes the email for a message from its template. Every value from a person is escaped. */
public interface EmailComposer {
    Email compose(OutgoingMessage message, Contact contact);
}
