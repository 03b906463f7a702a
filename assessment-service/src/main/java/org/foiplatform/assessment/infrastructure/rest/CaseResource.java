package org.foiplatform.assessment.infrastructure.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foiplatform.assessment.application.ApproveDecision;
import org.foiplatform.assessment.application.FindCase;
import org.foiplatform.assessment.domain.QuestionDecision;

import io.quarkus.security.identity.SecurityIdentity;

/** The officer API for cases. Every endpoint needs the officer role. */
@Path("/api/cases")
@RolesAllowed("officer")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final FindCase findCase;
    private final ApproveDecision approveDecision;
    private final SecurityIdentity identity;

    public CaseResource(FindCase findCase, ApproveDecision approveDecision, SecurityIdentity identity) {
        this.findCase = findCase;
        this.approveDecision = approveDecision;
        this.identity = identity;
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "A case with its due date, status and the outcome of each question")
    public CaseView get(@PathParam("reference") String reference) {
        return CaseView.of(findCase.byReference(reference));
    }

    @POST
    @Path("/{reference}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record and approve the decision on every question",
            description = "One outcome and answer per question. 400 names each field at fault; 404 for an unknown "
                    + "reference; 409 if the case already has an approved decision.")
    public CaseView decide(@PathParam("reference") String reference, DecisionBody body) {
        List<QuestionDecision> decisions = body == null || body.outcomes() == null ? List.of()
                : body.outcomes().stream()
                        .map(o -> o == null ? new QuestionDecision(null, null, null)
                                : new QuestionDecision(o.question(), o.outcome(), o.answer()))
                        .toList();
        return CaseView.of(approveDecision.approve(reference, decisions, identity.getPrincipal().getName()));
    }
}
