package org.foiplatform.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/**
 * The queue's orders by name and its keyset cursors: a cursor comes back as it was made, only for the order it was
 * made for; a stopped clock (no due date) is a cursor by due date only; anything else is not a cursor.
 */
class CaseQueueCursorTest {

    private static final CaseQueue.Order NEWEST = new CaseQueue.Order(CaseQueue.SortBy.RECEIVED, true);

    @Test
    void orders_are_named_due_or_received_with_a_minus_for_the_other_way() {
        assertThat(CaseQueue.Order.named("due")).isEqualTo(CaseQueue.Order.SOONEST_DUE);
        assertThat(CaseQueue.Order.named(" -received ")).isEqualTo(NEWEST);
        assertThat(CaseQueue.Order.named("RECEIVED")).isEqualTo(new CaseQueue.Order(CaseQueue.SortBy.RECEIVED, false));
        assertThat(CaseQueue.Order.named("title")).isNull();
        assertThat(CaseQueue.Order.named("--due")).isNull();
        assertThat(NEWEST.token()).isEqualTo("-received");
    }

    @Test
    void a_cursor_comes_back_for_its_own_order_only() {
        CaseQueue.Cursor cursor = new CaseQueue.Cursor(NEWEST, LocalDate.of(2026, 4, 14), "FOI-2026-000123");
        assertThat(CaseQueue.Cursor.parse(cursor.token(), NEWEST)).isEqualTo(cursor);
        assertThat(CaseQueue.Cursor.parse(cursor.token(), CaseQueue.Order.SOONEST_DUE)).isNull();
        CaseQueue.Cursor stopped = new CaseQueue.Cursor(CaseQueue.Order.SOONEST_DUE, null, "FOI-2026-000124");
        assertThat(CaseQueue.Cursor.parse(stopped.token(), CaseQueue.Order.SOONEST_DUE)).isEqualTo(stopped);
    }

    @Test
    void anything_else_is_not_a_cursor() {
        for (String raw : new String[] {"-received||FOI-1", "-received|2026-02-30|FOI-1", "-received|2026-01-01|",
                "-received|2026-01-01", "nonsense"}) {
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            assertThat(CaseQueue.Cursor.parse(token, NEWEST)).as(raw).isNull();
        }
        assertThat(CaseQueue.Cursor.parse("!!", NEWEST)).isNull();
        assertThat(CaseQueue.Cursor.parse("x".repeat(201), NEWEST)).isNull();
        assertThat(CaseQueue.Cursor.parse(null, NEWEST)).isNull();
    }
}
