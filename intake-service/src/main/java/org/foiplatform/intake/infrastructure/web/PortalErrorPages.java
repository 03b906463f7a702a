package org.foiplatform.intake.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.foiplatform.intake.application.IntakeConfig;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** The portal's own pages for "not found" and "try again later", so a person never sees a JSON problem. */
@ApplicationScoped
public class PortalErrorPages {

    private final Template notFound;
    private final Template unavailable;
    private final String authority;

    public PortalErrorPages(@Location("portal/notFound.html") Template notFound,
            @Location("portal/unavailable.html") Template unavailable, IntakeConfig config) {
        this.notFound = notFound;
        this.unavailable = unavailable;
        this.authority = config.authorityName();
    }

    /** The same page for an unknown reference and a wrong token, so that references cannot be probed. */
    public Response notFound() {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                .entity(notFound.data("authority", authority).render()).build();
    }

    public Response unavailable(String backLink) {
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE).header("Retry-After", "60")
                .entity(unavailable.data("authority", authority).data("backLink", backLink).render()).build();
    }
}
