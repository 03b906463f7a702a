package org.foiplatform.assessment.infrastructure.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.foiplatform.assessment.application.CompileStatistics;
import org.foiplatform.assessment.application.CompileStatistics.Report;
import org.foiplatform.assessment.application.StatisticsStore.Counts;
import org.foiplatform.assessment.application.StatisticsStore.ExemptionCount;
import org.foiplatform.assessment.domain.Regime;
import org.foiplatform.assessment.domain.StatisticsRules;
import org.foiplatform.assessment.domain.StatisticsRules.Band;
import org.foiplatform.assessment.domain.StatisticsRules.Category;
import org.foiplatform.assessment.domain.StatisticsRules.Period;

import io.quarkus.qute.TemplateInstance;

/**
 * What the officers' statistics page and the public one share: the period asked for (a GOV.UK date input, or
 * {@code from} and {@code to} as ISO dates, or by default the last complete quarter), the figures with their charts
 * drawn as inline SVG on the server (the same numbers in a table beside each), and the CSV files. Only aggregate
 * counts ever reach these pages: no reference, name or question text is read.
 */
@ApplicationScoped
public class StatisticsViews {

    /** The longest period that can be asked for: three years of months in a chart is already a lot. */
    static final int MOST_YEARS = 3;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private final CompileStatistics compile;
    private final Pages pages;

    public StatisticsViews(CompileStatistics compile, Pages pages) {
        this.compile = compile;
        this.pages = pages;
    }

    // The period

    public record DateParts(String day, String month, String year) {
        boolean isBlank() {
            return blank(day) && blank(month) && blank(year);
        }

        static DateParts of(LocalDate d) {
            return new DateParts(String.valueOf(d.getDayOfMonth()), String.valueOf(d.getMonthValue()),
                    String.valueOf(d.getYear()));
        }
    }

    public record ErrorLink(String anchor, String message) {
    }

    /** The period read from the query, or what is wrong with it (field "from" or "to", and the message). */
    record Asked(Period period, DateParts from, DateParts to, Map<String, String> errors) {
    }

    Asked asked(MultivaluedMap<String, String> q) {
        LocalDate today = pages.today();
        boolean parts = q.keySet().stream().anyMatch(k -> k.startsWith("from-") || k.startsWith("to-"));
        Map<String, String> errors = new LinkedHashMap<>();
        DateParts fromParts;
        DateParts toParts;
        LocalDate from;
        LocalDate to;
        if (parts) {
            fromParts = parts(q, "from");
            toParts = parts(q, "to");
            from = date(fromParts, "from", "start", errors);
            to = date(toParts, "to", "end", errors);
        } else if (q.containsKey("from") || q.containsKey("to")) {
            from = iso(value(q, "from"), "from", "start", errors);
            to = iso(value(q, "to"), "to", "end", errors);
            fromParts = from == null ? new DateParts("", "", value(q, "from")) : DateParts.of(from);
            toParts = to == null ? new DateParts("", "", value(q, "to")) : DateParts.of(to);
        } else {
            Period quarter = StatisticsRules.lastCompleteQuarter(today);
            return new Asked(quarter, DateParts.of(quarter.from()), DateParts.of(quarter.to()), Map.of());
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.put("to", "The end date must be the same as or after the start date");
            } else if (to.isAfter(from.plusYears(MOST_YEARS))) {
                errors.put("to", "The period can be at most " + MOST_YEARS + " years long");
            }
        }
        return new Asked(errors.isEmpty() ? new Period(from, to) : null, fromParts, toParts, errors);
    }

    private static LocalDate date(DateParts p, String field, String which, Map<String, String> errors) {
        if (p.isBlank()) {
            errors.put(field, "Enter the " + which + " date");
            return null;
        }
        try {
            if (p.year().strip().length() != 4) {
                throw new DateTimeException("year");
            }
            return LocalDate.of(Integer.parseInt(p.year().strip()), Integer.parseInt(p.month().strip()),
                    Integer.parseInt(p.day().strip()));
        } catch (RuntimeException e) {
            errors.put(field, "The " + which + " date must be a real date, with a day, a month and a 4-digit year");
            return null;
        }
    }

    private static LocalDate iso(String value, String field, String which, Map<String, String> errors) {
        if (blank(value)) {
            errors.put(field, "Enter the " + which + " date");
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 1000 || d.getYear() > 9999) {
                throw new DateTimeException("year");
            }
            return d;
        } catch (RuntimeException e) {
            errors.put(field, "The " + which + " date must be a real date, written as YYYY-MM-DD");
            return null;
        }
    }

    private static DateParts parts(MultivaluedMap<String, String> q, String name) {
        return new DateParts(value(q, name + "-day"), value(q, name + "-month"), value(q, name + "-year"));
    }

    /** A parameter, cut to a sane length: it is only ever shown back, escaped, in the form. */
    private static String value(MultivaluedMap<String, String> q, String name) {
        String v = q.getFirst(name);
        return v == null ? "" : v.length() > 20 ? v.substring(0, 20) : v;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // The page

    public record QuickLink(String label, String href, boolean current) {
    }

    public record Summary(String received, String answered, String inTime, String late, String share, String band,
            String bandClass, String open, String pastDue, String onHold, String withdrawn, String lapsed) {
    }

    public record Bar(String label, String value, String x, String y, String width, String height, String textX,
            String textY, boolean labelled) {
    }

    public record MonthRow(String month, String received, String answered, String inTime, String share) {
    }

    public record RegimeRow(String code, String law, String received, String answered, String inTime, String share,
            String open, String onHold, String withdrawn, String lapsed) {
    }

    public record OutcomeRow(String label, String requests, String share, String y, String width, String textX,
            String textY) {
    }

    public record ExemptionRow(String provision, String questions, String requests) {
    }

    public record Reviews(String requested, String decided, String inTime, String upheld, String partlyOverturned,
            String overturned) {
    }

    public record Tick(String label, String y) {
    }

    public record Charts(List<Bar> received, List<Tick> receivedTicks, List<Bar> share, List<Tick> shareTicks,
            String expectedY, List<OutcomeRow> outcomes, String outcomesHeight) {
    }

    /** Everything the figures show. {@code csv} and {@code outcomesCsv}: the downloads of this period. */
    public record View(String from, String to, String heading, Summary summary, List<MonthRow> months,
            List<RegimeRow> regimes, Charts charts, List<ExemptionRow> exemptions, Reviews reviews, String csv,
            String outcomesCsv, String readOn) {
    }

    /**
     * The page: the period form, the quick links to the last four quarters and, when the period is good, the figures;
     * {@code base} is the page's own path ({@code /dashboard/statistics} or {@code /statistics}).
     */
    Response page(TemplateInstance template, String base, MultivaluedMap<String, String> q) {
        Asked asked = asked(q);
        List<QuickLink> quick = new ArrayList<>();
        for (Period quarter : StatisticsRules.lastFourQuarters(pages.today())) {
            quick.add(new QuickLink(quarterName(quarter), base + "?from=" + quarter.from() + "&to=" + quarter.to(),
                    quarter.equals(asked.period())));
        }
        List<ErrorLink> errorLinks = new ArrayList<>();
        for (String field : List.of("from", "to")) {
            if (asked.errors().containsKey(field)) {
                errorLinks.add(new ErrorLink(field + "-day", asked.errors().get(field)));
            }
        }
        View view = asked.period() == null ? null : view(compile.compile(asked.period(), pages.today()), base);
        TemplateInstance page = template.data("form", Map.of("from", asked.from(), "to", asked.to()))
                .data("fieldErrors", Map.of("from", asked.errors().getOrDefault("from", ""), "to",
                        asked.errors().getOrDefault("to", "")))
                .data("errors", errorLinks).data("quick", quick).data("view", view).data("base", base);
        return Pages.html(errorLinks.isEmpty() ? 200 : 400, page);
    }

    /** "July to September 2026": a quarter by its months. */
    public static String quarterName(Period quarter) {
        return quarter.from().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " to "
                + quarter.to().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " "
                + quarter.to().getYear();
    }

    private static String n(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    View view(Report r, String base) {
        Counts t = r.total();
        Band band = r.band();
        Summary summary = new Summary(n(t.received()), n(t.answered()), n(t.answeredInTime()), n(t.answeredLate()),
                StatisticsRules.percent(t.answeredInTime(), t.answered()),
                band == null ? "No requests answered" : band.label(), band == null ? "govuk-tag--grey"
                        : switch (band) {
                            case GOOD -> "govuk-tag--green";
                            case ADEQUATE -> "govuk-tag--yellow";
                            case UNSATISFACTORY -> "govuk-tag--red";
                        },
                n(t.open()), n(t.openPastDue()), n(t.onHold()), n(t.withdrawn()), n(t.lapsed()));
        List<MonthRow> months = new ArrayList<>();
        r.byMonth().forEach((m, c) -> months.add(new MonthRow(MONTH.format(m), n(c.received()), n(c.answered()),
                n(c.answeredInTime()), StatisticsRules.percent(c.answeredInTime(), c.answered()))));
        List<RegimeRow> regimes = new ArrayList<>();
        r.byRegime().forEach((g, c) -> regimes.add(new RegimeRow(g.name(), g.law(), n(c.received()), n(c.answered()),
                n(c.answeredInTime()), StatisticsRules.percent(c.answeredInTime(), c.answered()), n(c.open()),
                n(c.onHold()), n(c.withdrawn()), n(c.lapsed()))));
        List<ExemptionRow> exemptions = r.exemptions().stream()
                .map(e -> new ExemptionRow(e.provision(), n(e.questions()), n(e.requests()))).toList();
        Reviews reviews = new Reviews(n(r.reviews().requested()), n(r.reviews().decided()),
                n(r.reviews().decidedInTime()), n(r.reviews().upheld()), n(r.reviews().partlyOverturned()),
                n(r.reviews().overturned()));
        String query = "?from=" + r.period().from() + "&to=" + r.period().to();
        return new View(Pages.day(r.period().from()), Pages.day(r.period().to()),
                r.period().isQuarter() ? quarterName(r.period()) : Pages.day(r.period().from()) + " to "
                        + Pages.day(r.period().to()),
                summary, months, regimes, charts(r), exemptions, reviews, base + ".csv" + query,
                base + ".csv" + query + "&table=outcomes", Pages.day(r.readOn()));
    }

    // The charts: coordinates in a viewBox of 640 by 260, the plot inside margins for the axis labels.

    private static final double WIDTH = 640;
    private static final double LEFT = 48;
    private static final double TOP = 20;
    private static final double PLOT_WIDTH = WIDTH - LEFT - 16;
    private static final double PLOT_HEIGHT = 200;
    private static final double OUTCOME_LABELS = 250;
    private static final double OUTCOME_ROW = 30;

    private static String c(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The smallest of 1, 2, 5, 10, 20, 50… at least {@code max}: the top of the axis. */
    static long niceTop(long max) {
        long step = 1;
        while (true) {
            for (long f : new long[] {1, 2, 5}) {
                if (f * step >= max) {
                    return f * step;
                }
            }
            step *= 10;
        }
    }

    private Charts charts(Report r) {
        List<Map.Entry<YearMonth, Counts>> months = new ArrayList<>(r.byMonth().entrySet());
        int n = months.size();
        double slot = PLOT_WIDTH / n;
        double barWidth = Math.min(48, slot * 0.6);
        // Every month is labelled up to 12 months; beyond, every second or third, so that labels never overlap.
        int every = (n + 11) / 12;
        long top = niceTop(Math.max(1, months.stream().mapToLong(e -> e.getValue().received()).max().orElse(0)));
        List<Bar> received = new ArrayList<>();
        List<Bar> share = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Counts c = months.get(i).getValue();
            String label = SHORT_MONTH.format(months.get(i).getKey());
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double h = PLOT_HEIGHT * c.received() / top;
            received.add(new Bar(label, n(c.received()), c(x), c(TOP + PLOT_HEIGHT - h), c(barWidth), c(h),
                    c(x + barWidth / 2), c(TOP + PLOT_HEIGHT - h - 4), i % every == 0));
            Integer tenths = StatisticsRules.tenthsOfPercent(c.answeredInTime(), c.answered());
            double sh = tenths == null ? 0 : PLOT_HEIGHT * tenths / 1000.0;
            share.add(new Bar(label, StatisticsRules.percent(c.answeredInTime(), c.answered()), c(x),
                    c(TOP + PLOT_HEIGHT - sh), c(barWidth), c(sh), c(x + barWidth / 2),
                    c(TOP + PLOT_HEIGHT - sh - 4), i % every == 0));
        }
        List<Tick> receivedTicks = new ArrayList<>();
        // A middle line only where it is a whole number: 0, 1, 2; 0, 5; 0, 5, 10; 0, 10, 20; 0, 50…
        for (long v : top % 2 == 0 ? new long[] {0, top / 2, top} : new long[] {0, top}) {
            receivedTicks.add(new Tick(n(v), c(TOP + PLOT_HEIGHT - PLOT_HEIGHT * v / top)));
        }
        List<Tick> shareTicks = new ArrayList<>();
        for (int v : new int[] {0, 50, 100}) {
            shareTicks.add(new Tick(v + "%", c(TOP + PLOT_HEIGHT - PLOT_HEIGHT * v / 100)));
        }
        String expectedY = c(TOP + PLOT_HEIGHT - PLOT_HEIGHT * StatisticsRules.EXPECTED_PERCENT / 100);

        long decided = r.outcomes().values().stream().mapToLong(Long::longValue).sum();
        long most = Math.max(1, r.outcomes().values().stream().mapToLong(Long::longValue).max().orElse(0));
        double barSpace = WIDTH - OUTCOME_LABELS - 60;
        List<OutcomeRow> outcomes = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Category, Long> e : r.outcomes().entrySet()) {
            double w = barSpace * e.getValue() / most;
            double y = 10 + i * OUTCOME_ROW;
            outcomes.add(new OutcomeRow(e.getKey().label(), n(e.getValue()),
                    StatisticsRules.percent(e.getValue(), decided), c(y), c(w), c(OUTCOME_LABELS + w + 6),
                    c(y + OUTCOME_ROW / 2 + 1)));
            i++;
        }
        return new Charts(received, receivedTicks, share, shareTicks, expectedY, outcomes,
                c(20 + r.outcomes().size() * OUTCOME_ROW));
    }

    // The CSV files

    /** The CSV of the period, or 400 in plain words when the period is not good. */
    Response csv(MultivaluedMap<String, String> q, String name) {
        Asked asked = asked(q);
        if (asked.period() == null) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity(String.join("\n", asked.errors().values()) + "\n").build();
        }
        Period period = asked.period();
        Report report = compile.compile(period, pages.today());
        boolean outcomes = "outcomes".equals(q.getFirst("table"));
        String body = outcomes ? outcomesCsv(report) : monthsCsv(report);
        String file = name + (outcomes ? "-outcomes-" : "-") + period.from() + "-to-" + period.to() + ".csv";
        return Response.ok(body).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    static final List<String> MONTH_COLUMNS = List.of("month", "regime", "received", "answered", "answered_in_time",
            "answered_late", "open", "open_past_due", "on_hold", "withdrawn", "lapsed");

    /** One row per month of the period and regime, every pair present (zeros included). */
    static String monthsCsv(Report r) {
        Csv csv = new Csv().row(MONTH_COLUMNS);
        Map<String, Counts> found = new LinkedHashMap<>();
        r.rows().forEach(row -> found.put(row.month() + "|" + row.regime(), row.counts()));
        for (YearMonth m : r.byMonth().keySet()) {
            for (Regime g : Regime.values()) {
                Counts c = found.getOrDefault(m + "|" + g, Counts.NONE);
                csv.row(m.toString(), g.name(), c.received(), c.answered(), c.answeredInTime(), c.answeredLate(),
                        c.open(), c.openPastDue(), c.onHold(), c.withdrawn(), c.lapsed());
            }
        }
        return csv.toString();
    }

    static final List<String> OUTCOME_COLUMNS = List.of("section", "name", "requests", "questions");

    /** The outcomes by category, the exemptions cited and the internal reviews, one row each. */
    static String outcomesCsv(Report r) {
        Csv csv = new Csv().row(OUTCOME_COLUMNS);
        r.outcomes().forEach((category, count) -> csv.row("outcome", category.label(), count, ""));
        for (ExemptionCount e : r.exemptions()) {
            csv.row("exemption", e.provision(), e.requests(), e.questions());
        }
        csv.row("review", "Requested", r.reviews().requested(), "");
        csv.row("review", "Decided", r.reviews().decided(), "");
        csv.row("review", "Decided in time", r.reviews().decidedInTime(), "");
        csv.row("review", "UPHELD", r.reviews().upheld(), "");
        csv.row("review", "PARTLY_OVERTURNED", r.reviews().partlyOverturned(), "");
        csv.row("review", "OVERTURNED", r.reviews().overturned(), "");
        return csv.toString();
    }
}
