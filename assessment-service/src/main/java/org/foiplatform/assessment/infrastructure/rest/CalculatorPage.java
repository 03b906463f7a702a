package org.foiplatform.assessment.infrastructure.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.foiplatform.assessment.application.AssessmentConfig;
import org.foiplatform.assessment.application.CalculateDeadline;
import org.foiplatform.assessment.application.InvalidInputException;
import org.foiplatform.assessment.domain.Deadline;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.Regime;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The public deadline calculator as a page (the GOV.UK Design System, no sign-in, no JavaScript needed):
 * a GET form, so the answer can be bookmarked and changes nothing. Errors come back with status 400, an
 * error summary and a message on each field.
 */
@Path("/calendar/deadline")
@PermitAll
public class CalculatorPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final List<String> DATES = List.of("received", "feesNotice", "feesPaid", "clarificationRequested",
            "clarificationReceived");
    private static final List<String> FIELDS = List.of("regime", "received", "feesNotice", "feesPaid",
            "clarificationRequested", "clarificationReceived", "workingDays", "extensionMonths");
    private static final List<Option> REGIMES = List.of(
            new Option("FOIA", "Freedom of Information Act 2000 (FOIA)"),
            new Option("EIR", "Environmental Information Regulations 2004 (EIR)"),
            new Option("FOISA", "Freedom of Information (Scotland) Act 2002 (FOISA)"),
            new Option("EIRS", "Environmental Information (Scotland) Regulations 2004 (EIRS)"),
            new Option("SAR", "Subject access request under UK GDPR (SAR)"));

    private final Template calculator;
    private final CalculateDeadline calculate;
    private final String authority;

    public CalculatorPage(@Location("CalculatorPage/calculator.html") Template calculator, CalculateDeadline calculate,
            AssessmentConfig config) {
        this.calculator = calculator;
        this.calculate = calculate;
        this.authority = config.authorityName();
    }

    public record Option(String value, String label) {
    }

    public record DateParts(String day, String month, String year) {
        boolean isBlank() {
            return blank(day) && blank(month) && blank(year);
        }
    }

    public record Form(String regime, DateParts received, DateParts feesNotice, DateParts feesPaid,
            DateParts clarificationRequested, DateParts clarificationReceived, String workingDays,
            String extensionMonths) {
    }

    public record ErrorLink(String anchor, String message) {
    }

    public record Result(String law, String provision, String received, String dayZero, String dayZeroBasis,
            String allowed, String dueDate, List<String> notCounted, List<String> notes) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@Context UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        Form form = new Form(value(q, "regime"), parts(q, "received"), parts(q, "feesNotice"), parts(q, "feesPaid"),
                parts(q, "clarificationRequested"), parts(q, "clarificationReceived"), value(q, "workingDays"),
                value(q, "extensionMonths"));
        if (q.isEmpty()) {
            return render(Response.Status.OK, form, Map.of(), null);
        }
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        Map<String, String> iso = new LinkedHashMap<>();
        for (String name : DATES) {
            DateParts p = partsOf(form, name);
            if (p.isBlank()) {
                continue;
            }
            try {
                iso.put(name, LocalDate.of(Integer.parseInt(p.year().strip()), Integer.parseInt(p.month().strip()),
                        Integer.parseInt(p.day().strip())).toString());
                if (p.year().strip().length() != 4) {
                    throw new DateTimeException("year");
                }
            } catch (RuntimeException e) {
                fieldErrors.put(name, "Enter a real date, with a day, a month and a 4-digit year");
            }
        }
        // Every mistake at once: the calculator checks the other fields even when a date could not be read.
        try {
            Deadline d = calculate.calculate(new CalculateDeadline.Question(form.regime(), iso.get("received"),
                    iso.get("feesNotice"), iso.get("feesPaid"), iso.get("clarificationRequested"),
                    iso.get("clarificationReceived"), form.workingDays(), form.extensionMonths()));
            if (fieldErrors.isEmpty()) {
                return render(Response.Status.OK, form, Map.of(), result(d));
            }
        } catch (InvalidInputException e) {
            for (DecisionProblem p : e.problems()) {
                fieldErrors.putIfAbsent(p.field(), p.reason());
            }
        }
        return render(Response.Status.BAD_REQUEST, form, fieldErrors, null);
    }

    private Response render(Response.Status status, Form form, Map<String, String> fieldErrors, Result result) {
        List<ErrorLink> errors = new ArrayList<>();
        // The summary lists the mistakes in the order of the fields on the page.
        for (String field : FIELDS) {
            String message = fieldErrors.get(field);
            if (message != null) {
                errors.add(new ErrorLink(DATES.contains(field) ? field + "-day"
                        : field.equals("regime") ? "regime-FOIA" : field, message));
            }
        }
        // Every field has an entry ("" when it is fine): Qute's strict rendering refuses a missing key.
        Map<String, String> byField = new LinkedHashMap<>();
        for (String field : FIELDS) {
            byField.put(field, fieldErrors.getOrDefault(field, ""));
        }
        String html = calculator.data("form", form).data("fieldErrors", byField).data("errors", errors)
                .data("result", result).data("regimes", REGIMES).data("authority", authority).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static Result result(Deadline d) {
        String allowed = d.regime() == Regime.SAR
                ? d.months() + (d.months() == 1 ? " calendar month" : " calendar months")
                : d.workingDays() + " working days (" + d.regime().workingDayProvision() + ")";
        List<String> notCounted = d.notCounted().stream().map(n -> DAY.format(n.date()) + ": " + switch (n.reason()) {
            case WEEKEND -> "weekend";
            case BANK_HOLIDAY -> "bank holiday, " + n.detail();
            case FEES_NOTICE, CLARIFICATION -> n.detail();
        }).toList();
        return new Result(d.regime().law(), d.regime().timeLimitProvision(), DAY.format(d.received()),
                DAY.format(d.dayZero()), d.dayZeroBasis(), allowed, d.dueDate() == null ? null : DAY.format(d.dueDate()),
                notCounted, d.notes());
    }

    private static DateParts partsOf(Form form, String name) {
        return switch (name) {
            case "received" -> form.received();
            case "feesNotice" -> form.feesNotice();
            case "feesPaid" -> form.feesPaid();
            case "clarificationRequested" -> form.clarificationRequested();
            default -> form.clarificationReceived();
        };
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
}
