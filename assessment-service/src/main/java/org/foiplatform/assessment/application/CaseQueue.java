package org.foiplatform.assessment.application;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.Regime;

/**
 * The officers' queue: cases filtered, searched and sorted by due date (the soonest first, cases whose clock is
 * stopped last) or by date received, either way, read a page at a time by keyset: each page starts after the last row
 * of the one before (its sort key, then its reference), so that page 1,000 costs what page 1 does, at a million cases
 * as at a hundred.
 */
public interface CaseQueue {

    /** The longest search text, in characters. */
    int MOST_TEXT = 200;

    /**
     * What to show: no statuses means the open ones (open, awaiting clarification, fee or approval); other filters
     * left null mean any. {@code overdue}: open and due before {@code today}. {@code text}: words of the requester's
     * name or of a question (each word typed matching the start of a word), or the start of the reference.
     * {@code approvableBy}: awaiting approval and drafted by someone else (four eyes: their own draft needs another).
     */
    record Filter(Set<CaseStatus> statuses, Regime regime, String assignee, String team, LocalDate dueBefore,
            LocalDate dueAfter, boolean overdue, LocalDate today, String text, String approvableBy) {
    }

    /** The column a page is sorted by. */
    enum SortBy {
        /** The due date, a stopped clock (no due date) after every date. */
        DUE,
        /** The date the request was received. */
        RECEIVED
    }

    /** The order: a column and a direction; the reference breaks ties, in the same direction. */
    record Order(SortBy by, boolean descending) {
        public static final Order SOONEST_DUE = new Order(SortBy.DUE, false);

        /** {@code due}, {@code -due}, {@code received}, {@code -received}. */
        public String token() {
            return (descending ? "-" : "") + by.name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The order a token names, or null. */
        public static Order named(String token) {
            if (token == null) {
                return null;
            }
            String t = token.strip();
            boolean descending = t.startsWith("-");
            String name = descending ? t.substring(1) : t;
            for (SortBy by : SortBy.values()) {
                if (by.name().equalsIgnoreCase(name)) {
                    return new Order(by, descending);
                }
            }
            return null;
        }
    }

    /**
     * Where a page starts: after this sort key (the due date, null for a stopped clock; or the date received) and
     * reference, in the order the cursor was made for.
     */
    record Cursor(Order order, LocalDate key, String reference) {

        /** Opaque to the caller: the order, the key and the reference, base64url. */
        public String token() {
            String raw = order.token() + "|" + (key == null ? "" : key.toString()) + "|" + reference;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor of a token made for {@code order}, or null when it is not one (or was made for another order). */
        public static Cursor parse(String token, Order order) {
            if (token == null || token.isBlank() || token.length() > 200) {
                return null;
            }
            try {
                String raw = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
                String[] parts = raw.split("\\|", 3);
                if (parts.length != 3 || parts[2].isEmpty() || !order.equals(Order.named(parts[0]))) {
                    return null;
                }
                LocalDate key = parts[1].isEmpty() ? null : LocalDate.parse(parts[1]);
                if (key == null && order.by() != SortBy.DUE) {
                    return null;
                }
                return new Cursor(order, key, parts[2]);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return null;
            }
        }
    }

    record Row(String reference, Regime regime, CaseStatus status, LocalDate receivedOn, LocalDate dueDate,
            String team, String assignee) {
    }

    record Page(List<Row> rows, Cursor next) {
    }

    /** Up to {@code limit} rows after the cursor (null: from the start) in this order, and the next page's cursor. */
    Page page(Filter filter, Order order, Cursor after, int limit);
}
