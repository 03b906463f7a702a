package org.foiplatform.assessment.infrastructure.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foiplatform.assessment.application.FindRelatedRequests;
import org.foiplatform.assessment.domain.RegimeHint;

/**
 * What intake-service found about a case's request: {@code GET /api/cases/{reference}/related} (role officer). The
 * requests that look like it, most alike first, each with whether the same requester made it (a possible repeated
 * request, FOIA s.14(2)) and whether its cost may be aggregated with this one's now (the Fees Regulations 2004 reg 5:
 * FOIA only, within sixty consecutive working days: name it as {@code request} on a cost-estimate line); and the law
 * its words suggest, if any.
 */
@Path("/api/cases/{reference}/related")
@RolesAllowed("officer")
@Produces(MediaType.APPLICATION_JSON)
public class RelatedRequestsResource {

    private final FindRelatedRequests related;

    public RelatedRequestsResource(FindRelatedRequests related) {
        this.related = related;
    }

    public record RelatedView(List<RequestView> requests, HintView regimeHint) {
    }

    public record RequestView(String reference, LocalDate receivedOn, BigDecimal similarity, boolean sameRequester,
            boolean receivedLater, boolean aggregable) {
    }

    public record HintView(String regime, List<String> because) {
        static HintView of(RegimeHint hint) {
            return new HintView(hint.regime().name(), hint.because());
        }
    }

    @GET
    @Operation(summary = "The requests that look like this one (repeats, round-robins, campaigns), which may be "
            + "aggregated for the cost limit, and the law the request's words suggest")
    public RelatedView get(@PathParam("reference") String reference) {
        FindRelatedRequests.Findings findings = related.of(reference);
        return new RelatedView(findings.requests().stream().map(r -> new RequestView(r.reference(), r.receivedOn(),
                BigDecimal.valueOf(r.similarity()).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros(),
                r.sameRequester(), r.later(), findings.aggregable().contains(r.reference()))).toList(),
                findings.regimeHint().map(HintView::of).orElse(null));
    }
}
