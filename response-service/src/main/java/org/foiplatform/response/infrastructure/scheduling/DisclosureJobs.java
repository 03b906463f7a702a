package org.foiplatform.response.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.response.application.PublishDueEntries;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Publishes the disclosure log entries that have come due, every {@code foi.response.disclosure.publish-every}.
 * A pass still running when the next is due is not doubled; a second instance of the service may sweep at the same
 * time, and the row locks ({@code for update skip locked}) keep each entry to one of them.
 */
@ApplicationScoped
public class DisclosureJobs {

    private static final Logger LOG = Logger.getLogger(DisclosureJobs.class);

    private final PublishDueEntries publish;

    public DisclosureJobs(PublishDueEntries publish) {
        this.publish = publish;
    }

    @Scheduled(identity = "disclosure-log-publish", every = "${foi.response.disclosure.publish-every:1m}",
            delayed = "${foi.response.disclosure.publish-delayed:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        int published = publish.publishAllDue();
        if (published > 0) {
            LOG.infof("Published %d disclosure log entries", published);
        }
    }
}
