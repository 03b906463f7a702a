package org.foiplatform.notification.infrastructure.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.notification.application.EmailComposer;
import org.foiplatform.notification.application.NotificationConfig;
import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.Email;
import org.foiplatform.notification.domain.Letter;
import org.foiplatform.notification.domain.OutgoingMessage;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/**
 * Writes emails from the template pair of each message's kind: {@code templates/<kind>.html} and
 * {@code templates/<kind>.txt}, the subject in the {@code subject} fragment of the .txt. Values in the .html
 * templates are escaped; the response letter arrives as HTML that response-service has already escaped (in a
 * version 1 event, or fetched for a version 2 one) and is used {@code raw}. Threading: the acknowledgement's {@code Message-ID} is made from the reference, and every
 * other email of the request names it in {@code In-Reply-To} and {@code References}.
 */
@ApplicationScoped
public class QuteEmailComposer implements EmailComposer {

    /** Dates as GOV.UK writes them: 18 April 2024. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String ACKNOWLEDGEMENT = "acknowledgement";

    private final Engine engine;
    private final NotificationConfig.Sender sender;

    public QuteEmailComposer(Engine engine, NotificationConfig config) {
        this.engine = engine;
        this.sender = config.sender();
    }

    @Override
    public boolean hasTemplates(String kind) {
        return engine.getTemplate(kind + ".html") != null && engine.getTemplate(kind + ".txt") != null
                && engine.getTemplate(kind + ".txt").getFragment("subject") != null;
    }

    @Override
    public Email compose(OutgoingMessage message, Contact contact, Letter letter) {
        Template html = engine.getTemplate(message.kind() + ".html");
        Template text = engine.getTemplate(message.kind() + ".txt");
        if (html == null || text == null) {
            throw new IllegalStateException("No template pair for " + message.kind());
        }
        Map<String, Object> data = new LinkedHashMap<>(message.model());
        if (letter != null) {
            data.put("letterHtml", letter.html());
            data.put("letterText", letter.text());
        }
        data.put("reference", message.reference());
        data.put("name", contact.name());
        data.put("authorityName", sender.authorityName());
        data.put("teamName", sender.teamName());
        data.put("replyTo", sender.replyTo());
        String subject = fill(text.getFragment("subject").instance(), data).render().strip();
        data.put("subject", subject);
        String threadId = threadId(message.reference());
        boolean root = ACKNOWLEDGEMENT.equals(message.kind());
        return new Email(root ? threadId : "<" + message.id() + "@" + sender.messageIdDomain() + ">",
                root ? null : threadId, contact.email(), subject, fill(html.instance(), data).render(),
                fill(text.instance(), data).render().strip() + "\n",
                letter == null ? List.of() : letter.attachments());
    }

    /** The Message-ID of a request's acknowledgement, which every later email of the request answers. */
    private String threadId(String reference) {
        return "<request." + reference + "@" + sender.messageIdDomain() + ">";
    }

    private static TemplateInstance fill(TemplateInstance instance, Map<String, Object> data) {
        data.forEach(instance::data);
        return instance;
    }

    /** {@code {dueDate.ukDate}}: an ISO date from a message's model as people read it, 18 April 2024. */
    @TemplateExtension
    static String ukDate(String isoDate) {
        return DATE.format(LocalDate.parse(isoDate));
    }
}
