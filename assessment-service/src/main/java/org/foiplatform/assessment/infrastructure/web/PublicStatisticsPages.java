package org.foiplatform.assessment.infrastructure.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.foiplatform.assessment.application.AssessmentConfig;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The statistics the authority publishes (the FOIA Code of Practice, paras 8.5 and 8.6), for anyone, without signing
 * in: aggregate counts only, never a reference, a requester or a question. Rate-limited per address as the public
 * calculator is ({@code PublicRateLimit}).
 */
@Path("/")
@PermitAll
public class PublicStatisticsPages {

    private final Template statistics;
    private final StatisticsViews views;
    private final String authority;

    public PublicStatisticsPages(@Location("statistics/public.html") Template statistics, StatisticsViews views,
            AssessmentConfig config) {
        this.statistics = statistics;
        this.views = views;
        this.authority = config.authorityName();
    }

    @GET
    @Path("statistics")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@Context UriInfo uri) {
        return views.page(statistics.data("authority", authority), "/statistics", uri.getQueryParameters());
    }

    @GET
    @Path("statistics.csv")
    @Produces("text/csv")
    public Response csv(@Context UriInfo uri) {
        return views.csv(uri.getQueryParameters(), "statistics");
    }
}
