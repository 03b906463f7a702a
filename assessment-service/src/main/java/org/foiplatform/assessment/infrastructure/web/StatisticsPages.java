package org.foiplatform.assessment.infrastructure.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The statistics for officers (any officer role): the figures of a period with their charts, and the CSV files. The
 * same aggregates as the public page ({@link PublicStatisticsPages}), inside the dashboard.
 */
@Path("/dashboard")
@Authenticated
public class StatisticsPages {

    private final Template statistics;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final StatisticsViews views;

    public StatisticsPages(@Location("dashboard/statistics.html") Template statistics, Pages pages,
            SecurityIdentity identity, StatisticsViews views) {
        this.statistics = statistics;
        this.pages = pages;
        this.identity = identity;
        this.views = views;
    }

    @GET
    @Path("/statistics")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@Context UriInfo uri) {
        Pages.require(identity, CasePages.OFFICER);
        return views.page(pages.page(statistics, identity), "/dashboard/statistics", uri.getQueryParameters());
    }

    @GET
    @Path("/statistics.csv")
    @Produces("text/csv")
    public Response csv(@Context UriInfo uri) {
        Pages.require(identity, CasePages.OFFICER);
        return views.csv(uri.getQueryParameters(), "statistics");
    }
}
