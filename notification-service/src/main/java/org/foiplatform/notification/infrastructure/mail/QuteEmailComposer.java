package org.foiplatform.notification.infrastructure.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.notification.application.EmailComposer;
import org.foiplatform.notification.application.NotificationConfig;
import org.foiplatform.notification.domain.Contact;
import org.foiplatform.notification.domain.Email;
import org.foiplatform.notification.domain.Letter;
import org.foiplatform.notification.domain.OutgoingMessage;
import org.foiplatform.notification.domain.Recipient;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/**
 * Writes emails from the template pair of each message's kind: {@code templates/<kind>.html} and
 * {@code templates/<kind>.txt}, the subject in the {@code subject} fragment of the .txt. Values in the .html
 * templates are escaped; the response letter arrives as HTML that response-service has already escaped (in a
 * version 1 event, or fetched for a version 2 one) and is used {@code raw}. Threading: the acknowledgement's
 * {@code Message-ID} is made from the reference, and every other email to the requester names it in
 * {@code In-Reply-To} and {@code References}; an email to the officers' mailbox is not part of that conversation.
 */
@ApplicationScoped
public class QuteEmailComposer implements EmailComposer {

    /** Dates as GOV.UK writes them: 18 April 2024. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Dates and times of instants as people in the UK read them: 5 May 2026 at 15:00. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final String ACKNOWLEDGEMENT = "acknowledgement";
    /** A list in a flat model: {@code findings[0].message} is the message of the first finding. */
    private static final Pattern LIST_ITEM = Pattern.compile("([A-Za-z]+)\\[(\\d+)\\]\\.([A-Za-z]+)");

    private final Engine engine;
    private final NotificationConfig.Sender sender;
    private final String paymentInstructions;
    private final java.util.Optional<org.foiplatform.contracts.TrackingTokenSeal> seal;
    private final String portalBaseUrl;

    public QuteEmailComposer(Engine engine, NotificationConfig config) {
        this.engine = engine;
        this.sender = config.sender();
        this.paymentInstructions = config.fees().paymentInstructions();
        this.seal = config.tracking().linkKey().filter(key -> !key.isBlank())
                .map(org.foiplatform.contracts.TrackingTokenSeal::new);
        String base = config.tracking().portalBaseUrl();
        this.portalBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * The requester's private link to follow the request, opened from the sealed token at the moment of writing
     * (the token is never stored in the clear here); empty without a key or a token sealed for this request.
     */
    private java.util.Optional<String> trackingLink(Contact contact) {
        return seal.flatMap(s -> s.open(contact.reference(), contact.trackingTokenSealed()))
                .map(token -> portalBaseUrl + "/requests/" + contact.reference() + "?token="
                        + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
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
        Map<String, Object> data = withLists(message.model());
        if (letter != null) {
            data.put("letterHtml", letter.html());
            data.put("letterText", letter.text());
        }
        data.put("reference", message.reference());
        data.put("name", contact.name());
        data.put("authorityName", sender.authorityName());
        data.put("teamName", sender.teamName());
        data.put("replyTo", sender.replyTo());
        data.put("paymentInstructions", paymentInstructions);
        if (message.recipient() == Recipient.REQUESTER && ACKNOWLEDGEMENT.equals(message.kind())) {
            trackingLink(contact).ifPresent(link -> data.put("trackingLink", link));
        }
        String subject = fill(text.getFragment("subject").instance(), data).render().strip();
        data.put("subject", subject);
        // The requester's emails are one conversation; the officers' are not part of it.
        boolean toRequester = message.recipient() == Recipient.REQUESTER;
        String threadId = toRequester ? threadId(message.reference()) : null;
        boolean root = toRequester && ACKNOWLEDGEMENT.equals(message.kind());
        return new Email(root ? threadId : "<" + message.id() + "@" + sender.messageIdDomain() + ">",
                root ? null : threadId, contact.email(), subject, fill(html.instance(), data).render(),
                fill(text.instance(), data).render().strip() + "\n",
                letter == null ? List.of() : letter.attachments());
    }

    /**
     * The model's values, with each list written flat in it ({@code findings[0].message}, {@code findings[1].message})
     * given to the template as a list of maps ({@code {#for finding in findings}{finding.message}{/for}}).
     */
    static Map<String, Object> withLists(Map<String, String> model) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Map<String, String>>> lists = new TreeMap<>();
        model.forEach((key, value) -> {
            Matcher item = LIST_ITEM.matcher(key);
            if (item.matches()) {
                lists.computeIfAbsent(item.group(1), name -> new TreeMap<>())
                        .computeIfAbsent(Integer.valueOf(item.group(2)), index -> new LinkedHashMap<>())
                        .put(item.group(3), value);
            } else {
                data.put(key, value);
            }
        });
        lists.forEach((name, items) -> data.put(name, new ArrayList<>(items.values())));
        return data;
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

    /** {@code {failedAt.ukDateTime}}: an ISO instant from a message's model in UK time, 5 May 2026 at 15:00. */
    @TemplateExtension
    static String ukDateTime(String isoInstant) {
        return DATE_TIME.format(Instant.parse(isoInstant));
    }

    /** {@code {status.words}}: a code such as AWAITING_APPROVAL (or a kind, fees-notice) as words: awaiting approval. */
    @TemplateExtension
    static String words(String code) {
        return code.toLowerCase(Locale.UK).replace('_', ' ').replace('-', ' ');
    }
}
