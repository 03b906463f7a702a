package org.foiplatform.assessment.infrastructure.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.foiplatform.assessment.application.CaseQueue;
import org.foiplatform.assessment.application.Clocks;
import org.foiplatform.assessment.domain.CalendarNotCoveredException;
import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.assessment.domain.StatutoryClock;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The officers' queue ({@code GET /dashboard}): the open cases by due date, with days left in working days and a badge
 * in words for the overdue and those due soon; three views as sub-navigation (all open cases, my cases, awaiting my
 * approval); filters for status, law, team, officer, overdue and awaiting approval; a search box over the reference,
 * the requester's name and the questions; columns sorted by due date or date received through links in their headers;
 * pages of {@value #PAGE_SIZE} read by keyset (the same {@link CaseQueue} as {@code GET /api/cases}). A plain form
 * and links: it works without JavaScript.
 */
@Path("/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class QueuePages {

    static final int PAGE_SIZE = 25;
    /** Due within this many working days: marked "Due soon". */
    static final int DUE_SOON_WORKING_DAYS = 5;
    /** The longest team or officer name a filter takes, as an assignment does. */
    static final int MOST_NAME = 100;

    private final Template queuePage;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final CaseQueue queue;
    private final Clocks clocks;

    public QueuePages(@Location("dashboard/queue.html") Template queuePage, Pages pages, SecurityIdentity identity,
            CaseQueue queue, Clocks clocks) {
        this.queuePage = queuePage;
        this.pages = pages;
        this.identity = identity;
        this.queue = queue;
        this.clocks = clocks;
    }

    public record QueueRow(String reference, String regime, String status, String received, String due,
            String daysLeft, String badge, String badgeClass, String team, String assignee) {
    }

    /** What the form shows as chosen; {@code approval} is "yes" (any) or "mine" (awaiting my approval). */
    public record Filters(String q, String status, String regime, String team, String officer, boolean overdue,
            boolean approval, boolean mine, boolean approvableByMe) {
    }

    /** A sortable column header: its link, and its aria-sort. */
    public record Column(String href, String ariaSort, String next) {
    }

    /** An item of the sub-navigation. */
    public record View(String label, String href, boolean current) {
    }

    @GET
    public Response queue(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("regime") String regime, @QueryParam("team") String team,
            @QueryParam("officer") String officer, @QueryParam("overdue") String overdue,
            @QueryParam("approval") String approval, @QueryParam("mine") String mine,
            @QueryParam("sort") String sort, @QueryParam("after") String after) {
        Pages.require(identity, CasePages.OFFICER);
        String me = identity.getPrincipal().getName();
        CaseStatus named = enumOrNull(CaseStatus.class, status);
        boolean approvableByMe = "mine".equals(approval) && identity.hasRole(CasePages.APPROVER);
        boolean awaitingApproval = "yes".equals(approval) || approvableByMe;
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        if (awaitingApproval) {
            statuses.add(CaseStatus.AWAITING_APPROVAL);
        } else if (named != null) {
            statuses.add(named);
        }
        Regime regimeNamed = regime == null || regime.isBlank() ? null : Regime.named(regime).orElse(null);
        boolean overdueOnly = "yes".equals(overdue);
        boolean mineOnly = "yes".equals(mine);
        CaseQueue.Order order = sort == null ? null : CaseQueue.Order.named(sort);
        if (order == null) {
            order = CaseQueue.Order.SOONEST_DUE;
        }
        Filters filters = new Filters(trimmed(q), named == null ? "" : named.name(),
                regimeNamed == null ? "" : regimeNamed.name(), trimmed(team), trimmed(officer), overdueOnly,
                awaitingApproval && !approvableByMe, mineOnly, approvableByMe);

        Map<String, String> fieldErrors = new LinkedHashMap<>();
        if (filters.q().length() > CaseQueue.MOST_TEXT) {
            fieldErrors.put("q", "Search for at most " + CaseQueue.MOST_TEXT + " characters");
        }
        if (filters.team().length() > MOST_NAME) {
            fieldErrors.put("team", "Give a team name of at most " + MOST_NAME + " characters");
        }
        if (filters.officer().length() > MOST_NAME) {
            fieldErrors.put("officer", "Give an officer's username of at most " + MOST_NAME + " characters");
        }
        LocalDate today = pages.today();
        List<QueueRow> rows = List.of();
        String next = null;
        if (fieldErrors.isEmpty()) {
            String assignee = mineOnly ? me : filters.officer().isEmpty() ? null : filters.officer();
            CaseQueue.Page page = queue.page(new CaseQueue.Filter(statuses, regimeNamed, assignee,
                    filters.team().isEmpty() ? null : filters.team(), null, null, overdueOnly, today,
                    filters.q().isEmpty() ? null : filters.q(), approvableByMe ? me : null), order,
                    CaseQueue.Cursor.parse(after, order), PAGE_SIZE);
            StatutoryClock clock = clocks.current().clock();
            rows = page.rows().stream().map(r -> row(r, clock, today)).toList();
            next = page.next() == null ? null : link(filters, order) + "&after=" + page.next().token();
        }
        List<CasePages.Option> statusOptions = new ArrayList<>();
        statusOptions.add(new CasePages.Option("", "Any open status", named == null));
        for (CaseStatus s : CaseStatus.values()) {
            statusOptions.add(new CasePages.Option(s.name(), Pages.status(s), s == named));
        }
        List<CasePages.Option> regimeOptions = new ArrayList<>();
        regimeOptions.add(new CasePages.Option("", "Any", regimeNamed == null));
        for (Regime r : Regime.values()) {
            regimeOptions.add(new CasePages.Option(r.name(), r.name(), r == regimeNamed));
        }
        boolean filtered = !filters.q().isEmpty() || named != null || regimeNamed != null
                || !filters.team().isEmpty() || !filters.officer().isEmpty() || overdueOnly || awaitingApproval
                || mineOnly;
        List<View> views = new ArrayList<>();
        boolean plain = !mineOnly && !approvableByMe;
        views.add(new View("Open cases", "/dashboard", plain));
        views.add(new View("My cases", "/dashboard?mine=yes", mineOnly && !approvableByMe));
        if (identity.hasRole(CasePages.APPROVER)) {
            views.add(new View("Awaiting my approval", "/dashboard?approval=mine", approvableByMe));
        }
        List<CasePages.ErrorLink> errors = fieldErrors.entrySet().stream()
                .map(e -> new CasePages.ErrorLink("#" + e.getKey(), e.getValue())).toList();
        // Every field's key, empty when it is right, as the template reads them.
        Map<String, String> byField = new LinkedHashMap<>(Map.of("q", "", "team", "", "officer", ""));
        byField.putAll(fieldErrors);
        return Pages.html(fieldErrors.isEmpty() ? 200 : 400, pages.page(queuePage, identity).data("rows", rows)
                .data("next", next).data("first", after != null && !after.isBlank() ? link(filters, order) : null)
                .data("filters", filters).data("filtered", filtered).data("statuses", statusOptions)
                .data("regimes", regimeOptions).data("today", Pages.day(today)).data("views", views)
                .data("sort", order.token()).data("received", column(filters, order, CaseQueue.SortBy.RECEIVED))
                .data("due", column(filters, order, CaseQueue.SortBy.DUE)).data("errors", errors)
                .data("fieldErrors", byField).data("caption", caption(order)));
    }

    private static String caption(CaseQueue.Order order) {
        return switch (order.by()) {
            case DUE -> order.descending() ? "Cases by due date, the latest first" : "Cases by due date, the soonest first";
            case RECEIVED -> order.descending() ? "Cases by date received, the newest first"
                    : "Cases by date received, the oldest first";
        };
    }

    /**
     * The header of a sortable column: sorted by it, the link turns the order round; otherwise it sorts by it, the
     * soonest due or the newest received first.
     */
    private static Column column(Filters filters, CaseQueue.Order order, CaseQueue.SortBy by) {
        boolean sorted = order.by() == by;
        CaseQueue.Order other = sorted ? new CaseQueue.Order(by, !order.descending())
                : new CaseQueue.Order(by, by == CaseQueue.SortBy.RECEIVED);
        String label = switch (other.by()) {
            case DUE -> other.descending() ? "the latest due first" : "the soonest due first";
            case RECEIVED -> other.descending() ? "the newest first" : "the oldest first";
        };
        return new Column(link(filters, other), sorted ? order.descending() ? "descending" : "ascending" : "none",
                "sort " + label);
    }

    /** The queue with these filters in this order, from its first page. */
    private static String link(Filters f, CaseQueue.Order order) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", f.q());
        params.put("status", f.status());
        params.put("regime", f.regime());
        params.put("team", f.team());
        params.put("officer", f.officer());
        params.put("overdue", f.overdue() ? "yes" : "");
        params.put("approval", f.approvableByMe() ? "mine" : f.approval() ? "yes" : "");
        params.put("mine", f.mine() ? "yes" : "");
        params.put("sort", order.equals(CaseQueue.Order.SOONEST_DUE) ? "" : order.token());
        String query = params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/dashboard?" + query;
    }

    static QueueRow row(CaseQueue.Row r, StatutoryClock clock, LocalDate today) {
        String daysLeft;
        String badge = null;
        String badgeClass = null;
        if (r.dueDate() == null) {
            daysLeft = "Clock stopped";
        } else {
            try {
                if (r.dueDate().isBefore(today)) {
                    int late = clock.workingDaysBetween(r.regime(), r.dueDate(), today);
                    daysLeft = late == 1 ? "1 working day overdue" : late + " working days overdue";
                    badge = "Overdue";
                    badgeClass = "govuk-tag--red";
                } else {
                    int left = clock.workingDaysBetween(r.regime(), today, r.dueDate());
                    daysLeft = left == 0 ? "Due today" : left == 1 ? "1 working day" : left + " working days";
                    if (left <= DUE_SOON_WORKING_DAYS) {
                        badge = "Due soon";
                        badgeClass = "govuk-tag--orange";
                    }
                }
            } catch (CalendarNotCoveredException e) {
                daysLeft = "Not known: the bank-holiday calendar does not cover the due date";
            }
        }
        return new QueueRow(r.reference(), r.regime().name(), Pages.status(r.status()), Pages.day(r.receivedOn()),
                r.dueDate() == null ? "None while the clock is stopped" : Pages.day(r.dueDate()), daysLeft, badge,
                badgeClass, r.team() == null ? "No team" : r.team(), r.assignee() == null ? "Not assigned" : r.assignee());
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
