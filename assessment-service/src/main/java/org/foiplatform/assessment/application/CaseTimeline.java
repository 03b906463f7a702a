package org.foiplatform.assessment.application;

import org.foiplatform.assessment.domain.TimelineEntry;

/**
 * Appends to a case's timeline what changes nothing else about the case (an email sent), without loading the
 * case: a hundred requests a second each bring such an event, and the timeline only ever grows. The case's version
 * moves on too, so that an officer's action loaded before it is run again on the case as it now is.
 */
public interface CaseTimeline {

    /** False if there is no such case. */
    boolean append(String reference, TimelineEntry entry);
}
