package org.foiplatform.response.application;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The authority's profile as configured ({@code foi.response.authority.*}): what the letters say until an admin
 * changes it through the API ({@link AuthorityProfiles}), and the zone that decides the date of a letter.
 */
@ConfigMapping(prefix = "foi.response")
public interface AuthorityProfile {

    Authority authority();

    @WithDefault("Europe/London")
    String zone();

    interface Authority {
        String name();

        @WithDefault("Information Governance Team")
        String team();

        String email();

        String address();

        Optional<String> website();

        Optional<String> phone();

        /** Lines separated by "\n"; the team and the authority's name when not set. */
        Optional<String> signature();

        /** A {@code data:image/png;base64,...} URI, so that no rendering reaches the network. */
        Optional<String> logo();

        @WithDefault("the Open Government Licence v3.0")
        String licence();

        @WithDefault("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
        String licenceUrl();

        Optional<String> publicationScheme();

        Optional<String> disclosureLog();
    }
}
