package org.foiplatform.intake.infrastructure.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON a requester (or the portal) posts. Questions are numbered 1, 2, 3... in the order given. */
@Schema(name = "SubmitRequest")
public record SubmitRequestBody(Requester requester, List<QuestionBody> questions,
        @Schema(description = "The law the request is made under: FOIA (the default), EIR, FOISA, EIRS or SAR",
                examples = "FOIA") String regime,
        @Schema(description = "A short title for the request (optional, at most 300 characters)",
                examples = "Potholes on Mill Lane") String title,
        @Schema(description = "How the requester would like the information (FOIA s.11): ELECTRONIC, PAPER or "
                + "INSPECTION (optional)", examples = "ELECTRONIC") String preferredFormat,
        @Schema(description = "Whether the answer may be published, without the requester's name, in the "
                + "disclosure log (optional; absent means no)") Boolean consentToPublish) {

    public record Requester(@Schema(examples = "Jane Citizen") String name,
            @Schema(examples = "jane@example.org") String email,
            @Schema(description = "The organisation asked for, if any (optional, at most 200 characters)",
                    examples = "Mill Lane Residents Association") String organisation) {
    }

    public record QuestionBody(@Schema(examples = "How many potholes were reported on Mill Lane in 2025?") String text) {
    }
}
