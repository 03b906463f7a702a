package org.foiplatform.intake.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.foiplatform.intake.application.IntakeConfig;

/**
 * Links from every portal page to the council's other public pages, for the layout ({@code {inject:portalLinks...}}):
 * the public statistics of how quickly requests are answered, served by assessment-service at
 * {@code foi.intake.statistics-url} + {@code /statistics}.
 */
@Named("portalLinks")
@ApplicationScoped
public class PortalLinks {

    private final String statistics;

    public PortalLinks(IntakeConfig config) {
        String base = config.statisticsUrl();
        this.statistics = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/statistics";
    }

    /** The public statistics page. */
    public String statistics() {
        return statistics;
    }
}
