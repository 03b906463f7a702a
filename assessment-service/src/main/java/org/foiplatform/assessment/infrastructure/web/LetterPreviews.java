package org.foiplatform.assessment.infrastructure.web;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The letter a decision would make, and response-service's compliance findings on it ({@code POST
 * /api/letters/preview}), asked for with a short-lived token signed here for the signed-in officer. When
 * response-service cannot be reached or does not answer in time, the preview says so and the officer may carry on.
 */
@ApplicationScoped
public class LetterPreviews {

    private static final Logger LOG = Logger.getLogger(LetterPreviews.class);

    /** One finding of response-service's compliance rules on the letter. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String rule, String severity, Integer question, String message) {
        public boolean blocking() {
            return "BLOCKING".equalsIgnoreCase(severity);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(String html, boolean blocked, List<Finding> findings) {
    }

    /** The preview, or why there is none ({@code available} false). */
    public record Preview(boolean available, String html, boolean blocked, List<Finding> findings,
            String unavailable) {
        static Preview notAvailable(String why) {
            return new Preview(false, null, false, List.of(), why);
        }
    }

    private final ObjectMapper json;
    private final ResponseServiceClient responseService;

    public LetterPreviews(ObjectMapper json, ResponseServiceClient responseService) {
        this.json = json;
        this.responseService = responseService;
    }

    public Preview of(DecisionApprovedV2 decision, SecurityIdentity officer) {
        ResponseServiceClient.Reply reply;
        try {
            reply = responseService.call(officer, "POST", "/api/letters/preview", json.writeValueAsString(decision));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!reply.answered()) {
            return Preview.notAvailable(reply.unavailable());
        }
        if (reply.status() != 200) {
            return Preview.notAvailable("response-service answered with status " + reply.status());
        }
        try {
            Answer answer = json.readValue(reply.body(), Answer.class);
            return new Preview(true, answer.html() == null ? "" : answer.html(), answer.blocked(),
                    answer.findings() == null ? List.of() : answer.findings(), null);
        } catch (IOException e) {
            LOG.warnf("No letter preview for %s: %s", decision.reference(), e.toString());
            return Preview.notAvailable("response-service's answer could not be read");
        }
    }
}
