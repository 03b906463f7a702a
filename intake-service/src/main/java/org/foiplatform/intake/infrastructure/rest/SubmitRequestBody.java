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
                    examples = "Mill Lane Residents Association") String organisation,
            @Schema(description = "How the requester wants the reply: EMAIL (the default) or POST. The email address "
                    + "is required either way: the acknowledgement and the tracking link go there",
                    enumeration = { "EMAIL", "POST" }, examples = "POST") String replyBy,
            @Schema(description = "The postal address to send the reply to, one line per line (\\n between lines): "
                    + "required with replyBy POST and refused without it; at most 500 characters and 8 lines, "
                    + "each line trimmed and blank lines left out (FOIA s.8(1)(b): an address for correspondence)",
                    maxLength = 500, examples = "12 Mill Lane\nExampleton\nEX1 2MP") String postalAddress) {

        public Requester(String name, String email, String organisation) {
            this(name, email, organisation, null, null);
        }
    }

    public record QuestionBody(@Schema(examples = "How many potholes were reported on Mill Lane in 2025?") String text) {
    }
}
