package org.foiplatform.notification.application;

import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.Email;
import org.foiplatform.notification.domain.OutgoingMessage;

/**
 * Writes the email for a message from the template pair of its kind ({@code templates/<kind>.html} and
 * {@code .txt}, the subject inside them). Every value from a person is escaped in the HTML part.
 */
public interface EmailComposer {

    Email compose(OutgoingMessage message, Contact contact);

    /** Whether a template pair exists for this kind; checked for every rule when the service starts. */
    boolean hasTemplates(String kind);
}
