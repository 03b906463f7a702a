package org.foiplatform.notification.application;

import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.Email;
import org.foiplatform.notification.domain.Letter;
import org.foiplatform.notification.domain.OutgoingMessage;

/**
 * Writes the email for a message from the template pair of its kind ({@code templates/<kind>.html} and
 * {@code .txt}, the subject inside them). Every value from a person is escaped in the HTML part.
 */
public interface EmailComposer {

    /** The email of a message that needs nothing fetched. */
    default Email compose(OutgoingMessage message, Contact contact) {
        return compose(message, contact, null);
    }

    /**
     * The email of a message with the letter fetched for it (null if it claims none): the template pair sees its
     * HTML as {@code letterHtml} and its text as {@code letterText}, and its files are attached.
     */
    Email compose(OutgoingMessage message, Contact contact, Letter letter);

    /** Whether a template pair exists for this kind; checked for every rule when the service starts. */
    boolean hasTemplates(String kind);
}
