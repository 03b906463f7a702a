package org.foiplatform.response.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.foiplatform.response.domain.DisclosureEntry;

/** The stored disclosure log entries. Every method joins the caller's transaction. */
public interface DisclosureLog {

    /**
     * Stores the entry for its reference, or replaces what the stored one says (a later letter). An entry already
     * published stays published, with its publication date; one an admin took down stays down.
     */
    void save(DisclosureEntry entry);

    Optional<DisclosureEntry> find(String reference);

    /**
     * Up to {@code limit} entries due on or before {@code today} and not yet published, locked for this
     * transaction; entries another transaction holds are skipped, so two instances never publish one twice.
     */
    List<DisclosureEntry> lockDue(LocalDate today, int limit);

    void markPublished(java.util.UUID id, Instant at);

    /** Takes a public entry down; false if there is no public entry for the reference. */
    boolean unpublish(String reference, String reason, Instant at);
}
