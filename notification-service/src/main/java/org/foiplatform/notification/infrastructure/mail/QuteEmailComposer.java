package org.foiplatform.notification.infrastructure.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.notification.application.EmailComposer;
import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.Email;
import org.foiplatform.notification.domain.OutgoingMessage;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Writes emails from the Qute templates. Values in the .html templates are escaped; the response
 * letter arrives as HTML that response-service has already escaped and is used as it is.
 */
@ApplicationScoped
public class QuteEmailComposer implements EmailComposer {

    /** Dates as GOV.UK writes them: 18 April 2024. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Template acknowledgementHtml;
    private final Template acknowledgementText;
    private final Template responseText;

    public QuteEmailComposer(@Location("acknowledgement.html") Template acknowledgementHtml,
            @Location("acknowledgement.txt") Template acknowledgementText,
            @Location("response.txt") Template responseText) {
        this.acknowledgementHtml = acknowledgementHtml;
        this.acknowledgementText = acknowledgementText;
        this.responseText = responseText;
    }

    @Override
    public Email compose(OutgoingMessage message, Contact contact) {
        return switch (message.kind()) {
            case ACKNOWLEDGEMENT -> new Email(message.id(), contact.email(), message.subject(),
                    acknowledgementHtml.instance().data("subject", message.subject()).data("name", contact.name())
                            .data("reference", message.reference()).data("receivedOn", format(message.receivedOn()))
                            .data("dueDate", format(message.dueDate())).render(),
                    acknowledgementText.instance().data("name", contact.name()).data("reference", message.reference())
                            .data("receivedOn", format(message.receivedOn())).data("dueDate", format(message.dueDate()))
                            .render());
            case RESPONSE -> new Email(message.id(), contact.email(), message.subject(), message.letterHtml(),
                    responseText.instance().data("name", contact.name()).data("reference", message.reference())
                            .render());
        };
    }

    private static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
