package org.foiplatform.assessment.infrastructure.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.foiplatform.assessment.application.AssessmentConfig;
import org.foiplatform.assessment.application.ManageAccounts;
import org.foiplatform.assessment.domain.Role;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Makes the accounts named in configuration ({@code foi.assessment.accounts.seed.*}) at start-up, if missing. */
@ApplicationScoped
public class AccountSeeding {

    private static final Logger LOG = Logger.getLogger(AccountSeeding.class);

    void onStart(@Observes StartupEvent started, AssessmentConfig config, ManageAccounts accounts) {
        for (Map.Entry<String, AssessmentConfig.Seed> seed : config.accounts().seed().entrySet()) {
            String password = seed.getValue().password().filter(p -> !p.isBlank()).orElse(null);
            if (password == null) {
                continue;
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : seed.getValue().roles()) {
                if (name.isBlank() || name.equals("none")) {
                    continue;
                }
                roles.add(Role.named(name).orElseThrow(() -> new IllegalStateException("foi.assessment.accounts.seed."
                        + seed.getKey() + ".roles: " + name + " is not officer, approver or admin")));
            }
            if (accounts.seed(seed.getKey(), roles, password)) {
                LOG.infof("Account %s made from configuration with roles %s", seed.getKey(), roles);
            }
        }
    }
}
