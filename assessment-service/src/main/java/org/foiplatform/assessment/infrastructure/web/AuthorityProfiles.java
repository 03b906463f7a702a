package org.foiplatform.assessment.infrastructure.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.foiplatform.assessment.domain.DecisionProblem;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The authority's profile that every letter is written with, which response-service keeps ({@code GET} and {@code PUT
 * /api/authority-profile}; its rules are response-service's own): read and replaced for the signed-in admin with a
 * short-lived token signed here ({@link ResponseServiceClient}, as the letter preview). The logo is kept as it is (it is not on the page).
 */
@ApplicationScoped
public class AuthorityProfiles {

    private static final Logger LOG = Logger.getLogger(AuthorityProfiles.class);

    /** The profile's fields the page shows, in its order. */
    private static final String PATH = "/api/authority-profile";

    static final List<String> FIELDS = List.of("name", "team", "address", "website", "email", "phone", "signature",
            "licence", "licenceUrl", "publicationScheme", "disclosureLog");

    /** What response-service answered: the profile, the problems with it, or why there is no answer. */
    public record Answer(Map<String, String> profile, List<DecisionProblem> problems, String unavailable) {
        static Answer notAvailable(String why) {
            return new Answer(null, List.of(), why);
        }
    }

    private final ObjectMapper json;
    private final ResponseServiceClient responseService;

    public AuthorityProfiles(ObjectMapper json, ResponseServiceClient responseService) {
        this.json = json;
        this.responseService = responseService;
    }

    public Answer read(SecurityIdentity admin) {
        return answer(responseService.call(admin, "GET", PATH, null));
    }

    /** Replaces the profile with these fields, keeping the logo response-service has now. */
    public Answer replace(SecurityIdentity admin, Map<String, String> fields) {
        Answer current = read(admin);
        if (current.profile() == null) {
            return current;
        }
        ObjectNode body = json.createObjectNode();
        FIELDS.forEach(field -> body.put(field, blankToNull(fields.get(field))));
        body.put("logo", current.profile().get("logo"));
        try {
            return answer(responseService.call(admin, "PUT", PATH, json.writeValueAsString(body)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer answer(ResponseServiceClient.Reply reply) {
        if (!reply.answered()) {
            return Answer.notAvailable(reply.unavailable());
        }
        try {
            if (reply.status() == 200) {
                Map<String, String> profile = new LinkedHashMap<>();
                JsonNode root = json.readTree(reply.body());
                root.fields().forEachRemaining(f -> profile.put(f.getKey(), f.getValue().isNull() ? null
                        : f.getValue().asText()));
                return new Answer(profile, List.of(), null);
            }
            if (reply.status() == 400) {
                List<DecisionProblem> problems = new ArrayList<>();
                for (JsonNode error : json.readTree(reply.body()).path("errors")) {
                    problems.add(new DecisionProblem(error.path("field").asText(), error.path("reason").asText()));
                }
                return new Answer(null, problems, null);
            }
        } catch (IOException e) {
            LOG.warnf("Authority profile: response-service's answer could not be read (%s)", e.toString());
            return Answer.notAvailable("response-service's answer could not be read");
        }
        return Answer.notAvailable("response-service answered with status " + reply.status());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
