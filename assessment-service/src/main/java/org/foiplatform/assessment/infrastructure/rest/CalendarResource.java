package org.foiplatform.assessment.infrastructure.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foiplatform.assessment.application.CalculateDeadline;
import org.foiplatform.assessment.application.HolidayStore;
import org.foiplatform.assessment.application.ImportBankHolidays;
import org.foiplatform.assessment.application.RedateOpenCases;
import org.foiplatform.assessment.infrastructure.calendar.BankHolidayFiles;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The bank-holiday calendar and the public deadline calculator. The calculator needs no sign-in; replacing
 * the calendar needs the admin role.
 */
@Path("/api/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final CalculateDeadline calculator;
    private final ImportBankHolidays importer;
    private final HolidayStore holidays;
    private final RedateOpenCases redate;
    private final SecurityIdentity identity;
    private final io.vertx.core.http.HttpServerRequest request;

    public CalendarResource(CalculateDeadline calculator, ImportBankHolidays importer, HolidayStore holidays,
            RedateOpenCases redate, SecurityIdentity identity, io.vertx.core.http.HttpServerRequest request) {
        this.request = request;
        this.calculator = calculator;
        this.importer = importer;
        this.holidays = holidays;
        this.redate = redate;
        this.identity = identity;
    }

    @GET
    @Path("/deadline")
    @PermitAll
    @Operation(summary = "The due date of a request, with the reasons",
            description = "regime: FOIA, EIR, FOISA, EIRS or SAR; received: the date of receipt (YYYY-MM-DD); feesNotice "
                    + "and feesPaid: both or neither; clarificationReceived (and, for SAR, clarificationRequested); "
                    + "workingDays: 1 to 60 (default 20; 40 for an EIR reg 7 extension); extensionMonths: SAR only. "
                    + "400 names each parameter at fault, including dates outside the calendar's years.")
    public DeadlineView deadline(@QueryParam("regime") String regime, @QueryParam("received") String received,
            @QueryParam("feesNotice") String feesNotice, @QueryParam("feesPaid") String feesPaid,
            @QueryParam("clarificationRequested") String clarificationRequested,
            @QueryParam("clarificationReceived") String clarificationReceived,
            @QueryParam("workingDays") String workingDays, @QueryParam("extensionMonths") String extensionMonths) {
        return DeadlineView.of(calculator.calculate(new CalculateDeadline.Question(regime, received, feesNotice, feesPaid,
                clarificationRequested, clarificationReceived, workingDays, extensionMonths)));
    }

    @GET
    @Path("/bank-holidays")
    @PermitAll
    @Operation(summary = "The bank holidays the clock uses, by nation, the years they cover, and how many open cases "
            + "are still to be re-dated after the last change")
    public CalendarView holidays() {
        HolidayStore.Revision revision = holidays.current();
        return new CalendarView(revision.number(), revision.calendar().coveredYears(), redate.waiting(),
                revision.calendar().all().stream()
                .map(h -> new HolidayView(h.nation().slug(), h.date(), h.name())).toList());
    }

    @POST
    @Path("/bank-holidays")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the calendar from gov.uk's bank-holidays.json and re-date every open case",
            description = "For each division, the years the file covers replace those years' holidays. Every open case "
                    + "whose due date moves gets a timeline entry naming the holidays and a DueDateChanged event. "
                    + "Sending the same file again changes nothing.")
    public ImportBankHolidays.Result importHolidays(JsonNode body) {
        BankHolidayFiles.Parsed parsed = BankHolidayFiles.govUkJson(body);
        return importer.importBy(parsed.holidays(), parsed.years(),
                "gov.uk bank-holidays.json from " + identity.getPrincipal().getName(), identity.getPrincipal().getName(),
                request.remoteAddress() == null ? null : request.remoteAddress().host()).result();
    }

    public record CalendarView(long revision, Set<Integer> coveredYears, long casesAwaitingRedating,
            List<HolidayView> holidays) {
    }

    public record HolidayView(String nation, LocalDate date, String name) {
    }
}
