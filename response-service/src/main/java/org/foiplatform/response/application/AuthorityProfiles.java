package org.foiplatform.response.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.foiplatform.contracts.InputLimits;
import org.foiplatform.response.domain.Authority;
import org.jboss.logging.Logger;

/**
 * The authority's profile that letters are written with: the one an admin saved, else the configured one. Every
 * field has a limit, so that a letter, and so every event about it, stays small.
 */
@ApplicationScoped
public class AuthorityProfiles {

    private static final Logger LOG = Logger.getLogger(AuthorityProfiles.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEB = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern LOGO = Pattern.compile("data:image/png;base64,[A-Za-z0-9+/=]+");
    /** About 150 KB of PNG: enough for a logo, small enough for every letter that carries it. */
    private static final int MAX_LOGO = 200_000;

    private final AuthorityProfile configured;
    private final AuthorityProfileStore store;
    private final Clock clock;

    public AuthorityProfiles(AuthorityProfile configured, AuthorityProfileStore store, Clock clock) {
        this.configured = configured;
        this.store = store;
        this.clock = clock;
    }

    public Authority current() {
        return store.saved().orElseGet(this::fromConfiguration);
    }

    /** Replaces the profile, after checking every field. */
    @Transactional
    public Authority update(Authority authority, String by) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        required(problems, "name", authority.name(), 200);
        required(problems, "team", authority.team(), 200);
        required(problems, "address", authority.address(), 500);
        required(problems, "email", authority.email(), 254);
        optional(problems, "phone", authority.phone(), 40);
        optional(problems, "signature", authority.signature(), 500);
        required(problems, "licence", authority.licence(), 200);
        if (authority.email() != null && !EMAIL.matcher(authority.email()).matches()) {
            problems.add(new InvalidInputException.FieldProblem("email", "must be an email address"));
        }
        for (String[] web : new String[][] { { "website", authority.website() },
                { "licenceUrl", authority.licenceUrl() }, { "publicationScheme", authority.publicationScheme() },
                { "disclosureLog", authority.disclosureLog() } }) {
            optional(problems, web[0], web[1], 300);
            if (web[1] != null && !web[1].isBlank() && !WEB.matcher(web[1]).matches()) {
                problems.add(new InvalidInputException.FieldProblem(web[0], "must be a web address starting "
                        + "https:// or http://"));
            }
        }
        if (authority.logo() != null && !authority.logo().isBlank()) {
            if (authority.logo().length() > MAX_LOGO) {
                problems.add(new InvalidInputException.FieldProblem("logo", "must be at most " + MAX_LOGO
                        + " characters"));
            } else if (!LOGO.matcher(authority.logo()).matches()) {
                problems.add(new InvalidInputException.FieldProblem("logo", "must be a PNG as a data URI "
                        + "(data:image/png;base64,...)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.save(authority, by, clock.instant());
        LOG.infof("The authority's profile was changed by %s", by);
        return authority;
    }

    private Authority fromConfiguration() {
        AuthorityProfile.Authority a = configured.authority();
        return new Authority(a.name(), a.team(), a.address(), a.website().orElse(null), a.email(),
                a.phone().orElse(null), a.signature().orElse(a.team() + "\n" + a.name()), a.logo().orElse(null),
                a.licence(), a.licenceUrl(), a.publicationScheme().orElse(null), a.disclosureLog().orElse(null));
    }

    private static void required(List<InvalidInputException.FieldProblem> problems, String field, String value,
            int max) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidInputException.FieldProblem(field, "is required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<InvalidInputException.FieldProblem> problems, String field, String value,
            int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problems.add(new InvalidInputException.FieldProblem(field, "must be at most " + max + " characters"));
        } else if (InputLimits.hasControlCharacters(value.replace("\n", ""))) {
            problems.add(new InvalidInputException.FieldProblem(field, "must not contain control characters"));
        }
    }
}
