package org.foiplatform.intake.application;

import java.util.List;

import org.foiplatform.intake.domain.PublishedResponse;

/** The disclosure log entries intake keeps for its suggestions. Implemented over PostgreSQL. */
public interface PublishedResponseRepository {

    /** Adds the entry, or replaces the one kept for its reference (published again). */
    void save(PublishedResponse response, String entryId, String regime, String comparableText);

    /** Forgets the entry kept for this reference; false if none was kept. */
    boolean remove(String reference);

    /** The {@code most} entries whose words are nearest to {@code comparableText}, at least {@code atLeast} alike. */
    List<PublishedResponse> similarTo(String comparableText, double atLeast, int most);
}
