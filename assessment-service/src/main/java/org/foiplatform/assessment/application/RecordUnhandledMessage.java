package org.foiplatform.assessment.application;

import java.time.Clock;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.assessment.domain.InformationCase;
import org.jboss.logging.Logger;

/**
 * Puts a dead-lettered message about a request on its case's timeline: never only a log line. The message is
 * the one any service's consumer could not handle ({@code <topic>.<consumer>.dlq}, keyed by the reference).
 */
@ApplicationScoped
public class RecordUnhandledMessage {

    private static final Logger LOG = Logger.getLogger(RecordUnhandledMessage.class);
    private static final Pattern REFERENCE = Pattern.compile("FOI-\\d{4}-\\d{6,}");

    private final CaseRepository cases;
    private final Clock clock;

    public RecordUnhandledMessage(CaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * {@code key}: the dead letter's key; {@code consumer}: the service that could not handle it; {@code what}: the
     * event type, or "a message" when it could not be read. Not a request's key, or no such case: nothing to do.
     */
    @Transactional
    public void record(String key, String consumer, String what, String reason) {
        if (key == null || key.length() > 32 || !REFERENCE.matcher(key).matches()) {
            return;
        }
        InformationCase informationCase = cases.find(key).orElse(null);
        if (informationCase == null) {
            return;
        }
        if (informationCase.messageUnhandled(consumer, what, reason, clock.instant())) {
            cases.update(informationCase);
            LOG.warnf("Case %s: %s could not handle %s; on the case's timeline", key, consumer, what);
        }
    }
}
