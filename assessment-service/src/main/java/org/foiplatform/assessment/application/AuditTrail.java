package org.foiplatform.assessment.application;

import java.time.Instant;
import java.util.List;

/**
 * Who did what, for the authority's own assurance and the ICO: every sign-in (and failed sign-in), every decision
 * drafted, approved or returned, every change to an account. Rows are only ever added.
 */
public interface AuditTrail {

    /** One entry. {@code address} is the client's address where there was a request, else null. */
    record Entry(long id, Instant at, String actor, String action, String subject, String detail, String address) {
    }

    void record(String actor, String action, String subject, String detail, String address);

    /** Entries after {@code afterId}, oldest first, at most {@code limit}: keyset paging. */
    List<Entry> after(long afterId, int limit);

    /**
     * The latest entries before {@code beforeId} (all when null), newest first, at most {@code limit}: keyset paging
     * backwards. With {@code account}, only the entries it made or that are about it (its failed sign-ins, its
     * changes).
     */
    List<Entry> latest(String account, Long beforeId, int limit);
}
