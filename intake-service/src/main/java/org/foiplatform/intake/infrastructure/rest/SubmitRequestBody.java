package org.foiplatform.intake.infrastructure.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON a requester (or the portal) posts. Questions are numbered 1, 2, 3... in the order given. */
@Schema(name = "SubmitRequest")
public record SubmitRequestBody(Requester requester, List<QuestionBody> questions,
        @Schema(description = "The law the request is made under: FOIA (the default), EIR, FOISA, EIRS or SAR",
                examples = "FOIA") String regime) {

    public record Requester(@Schema(examples = "Jane Citizen") String name,
            @Schema(examples = "jane@example.org") String email) {
    }

    public record QuestionBody(@Schema(examples = "How many potholes were reported on Mill Lane in 2025?") String text) {
    }
}
