package org.foiplatform.response.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The authority that signs the letters ({@code foi.response.authority.*}). */
@ConfigMapping(prefix = "foi.response")
public interface AuthorityProfile {

    Authority authority();

    @WithDefault("Europe/London")
    String zone();

    interface Authority {
        String name();

        String email();

        String address();
    }
}
