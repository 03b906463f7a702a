package org.foiplatform.intake.infrastructure.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Pages and answers about a request may carry its private token in their address: no browser may pass that address
 * on to another site (Referrer-Policy), keep the page in a shared cache (Cache-Control) or frame it.
 */
public class PrivateHeaders {

    @ServerResponseFilter
    public void addHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        headers.putSingle("Referrer-Policy", "no-referrer");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/requests") || path.startsWith("/api/requests")) {
            headers.putSingle("Cache-Control", "no-store");
        }
    }
}
