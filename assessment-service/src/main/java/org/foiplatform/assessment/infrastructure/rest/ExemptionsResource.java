package org.foiplatform.assessment.infrastructure.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foiplatform.assessment.application.CostLimits;
import org.foiplatform.assessment.application.InvalidInputException;
import org.foiplatform.assessment.domain.CostLimit;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.Exemption;
import org.foiplatform.assessment.domain.ExemptionCatalogue;
import org.foiplatform.assessment.domain.Regime;

/**
 * What an officer may cite when deciding a question: the exemptions and exceptions of a regime, and its cost limit
 * with an estimate worked out against it.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("officer")
public class ExemptionsResource {

    private final CostLimits costLimits;

    public ExemptionsResource(CostLimits costLimits) {
        this.costLimits = costLimits;
    }

    /** One exemption, with the fields a decision citing it needs besides {@code provision}. */
    public record ExemptionView(String provision, String title, boolean absolute, boolean publicInterestTest,
            String harm, List<String> needs, String note) {
        static ExemptionView of(Exemption e) {
            List<String> needs = new ArrayList<>(List.of("reason"));
            if (e.needsWhereAvailable()) {
                needs.add("availableAt");
            }
            if (e.needsPublicInterestTest()) {
                needs.add("publicInterest");
            }
            return new ExemptionView(e.provision(), e.title(), e.absolute(), e.needsPublicInterestTest(),
                    e.harm().name(), needs, e.note());
        }
    }

    /** A regime's cost limit: in pounds and in hours of staff time, and the activities that count. */
    public record CostLimitView(BigDecimal limitPounds, BigDecimal poundsPerHour, BigDecimal limitHours,
            List<String> activities) {
        static CostLimitView of(CostLimit limit) {
            return new CostLimitView(CostLimit.pounds(limit.limitPence()), CostLimit.pounds(limit.pencePerHour()),
                    limit.limitHours(),
                    limit.countable().stream().sorted().map(Enum::name).toList());
        }
    }

    public record ExemptionsView(String regime, String law, int count, List<ExemptionView> exemptions,
            CostLimitView costLimit) {
    }

    @GET
    @Path("/exemptions")
    @Operation(summary = "The exemptions and exceptions of a regime, and its cost limit",
            description = "regime: FOIA, EIR, FOISA or EIRS. Each exemption says whether it is absolute, whether a"
                    + " decision citing it needs the public interest test, its harm test and the fields it needs."
                    + " costLimit is null for a regime without one (EIR, EIRS).")
    public ExemptionsView exemptions(@QueryParam("regime") String regime) {
        Regime named = regime(regime);
        List<ExemptionView> views = ExemptionCatalogue.of(named).stream().map(ExemptionView::of).toList();
        return new ExemptionsView(named.name(), named.law(), views.size(), views,
                costLimits.of(named).map(CostLimitView::of).orElse(null));
    }

    public record CostEstimateBody(String regime, List<CostItemBody> items) {
    }

    public record CostEstimateView(String regime, BigDecimal minutes, BigDecimal hours, BigDecimal costPounds,
            BigDecimal limitPounds, BigDecimal limitHours, boolean exceedsLimit) {
    }

    @POST
    @Path("/cost-estimates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Works out a cost estimate against the regime's cost limit (FOIA s.12, FOISA s.12)",
            description = "Each item: activity (FOIA: DETERMINING, LOCATING, RETRIEVING, EXTRACTING; FOISA: LOCATING,"
                    + " RETRIEVING, PROVIDING), units, minutesPerUnit and explanation. Nothing is stored.")
    public CostEstimateView estimate(CostEstimateBody body) {
        if (body == null) {
            throw new InvalidInputException("The cost estimate cannot be used",
                    List.of(new DecisionProblem("items", "Send the regime and the items")));
        }
        Regime named = regime(body.regime());
        List<CostLimit.Item> lines = body.items() == null ? List.of()
                : body.items().stream().map(item -> item == null ? null : item.toItem()).toList();
        CostLimit.Estimate estimate = costLimits.estimate(named, lines, "items");
        CostLimit limit = costLimits.of(named).orElseThrow();
        return new CostEstimateView(named.name(), estimate.minutes(), estimate.hours(),
                BigDecimal.valueOf(estimate.costPence(), 2), CostLimit.pounds(limit.limitPence()),
                limit.limitHours(), estimate.exceedsLimit());
    }

    private static Regime regime(String value) {
        return Regime.named(value).filter(r -> r != Regime.SAR).orElseThrow(() -> new InvalidInputException(
                "The regime cannot be used", List.of(new DecisionProblem("regime",
                        "Choose FOIA, EIR, FOISA or EIRS"))));
    }
}
