package org.foiplatform.intake.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.events.ResponsePublished;
import org.foiplatform.contracts.events.ResponseUnpublished;
import org.foiplatform.intake.domain.PublishedResponse;
import org.foiplatform.intake.domain.RelatedRequests;
import org.foiplatform.intake.domain.Text;
import org.jboss.logging.Logger;

/**
 * Published responses that may already answer a question: intake keeps each {@code ResponsePublished} (in the
 * consumer's transaction, after the inbox has recorded it, so a redelivered event changes nothing) and, on check your
 * answers, looks for the entries whose title and questions are most like the request's (pg_trgm similarity of the same
 * words {@link RelatedRequests#comparableText} compares). The search runs in intake's own database: nothing the
 * requester typed is sent anywhere. contracts has no event for an entry taken off the log, so an entry response-service
 * unpublishes stays here (its link then answers response-service's "not found").
 */
@ApplicationScoped
public class DisclosureLogSuggestions {

    private static final Logger LOG = Logger.getLogger(DisclosureLogSuggestions.class);

    private final PublishedResponseRepository published;
    private final double similarity;
    private final int most;

    public DisclosureLogSuggestions(PublishedResponseRepository published, IntakeConfig config) {
        this.published = published;
        this.similarity = config.disclosureLog().similarity();
        this.most = config.disclosureLog().suggestions();
    }

    /** Keeps a newly published response; one whose path would lead off the disclosure log is logged and skipped. */
    public void published(ResponsePublished e) {
        if (!PublishedResponse.safePath(e.path())) {
            LOG.warnf("ResponsePublished for %s has a path that is not one of the disclosure log's: not suggested",
                    e.reference());
            return;
        }
        String text = RelatedRequests.comparableText(e.title(),
                e.questions().stream().map(ResponsePublished.Question::question).toList());
        // The schema keeps a title to 300 characters, as the column does.
        String title = Text.length(e.title()) > 300 ? e.title().substring(0, e.title().offsetByCodePoints(0, 300))
                : e.title();
        published.save(new PublishedResponse(e.reference(), title, e.path(), e.publishedAt(), e.respondedOn()),
                e.entryId().toString(), e.regime(), text);
        LOG.infof("Published response %s kept for suggestions", e.reference());
    }

    /** Taken off the disclosure log: no longer suggested (its page is gone). */
    public void unpublished(ResponseUnpublished e) {
        if (published.remove(e.reference())) {
            LOG.infof("Response %s was taken off the disclosure log: no longer suggested", e.reference());
        }
    }

    /** The published responses most like a request with this title and these questions, most alike first. */
    public List<PublishedResponse> suggest(String title, List<String> questions) {
        if (most == 0 || questions.isEmpty()) {
            return List.of();
        }
        return published.similarTo(RelatedRequests.comparableText(title, questions), similarity, most);
    }
}
