package org.foiplatform.assessment.infrastructure.web;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;

/** A signed-in officer without the role a page needs sees a page that says so (403), not a bare status. */
public class DashboardErrors {

    private final Template noAccess;
    private final Pages pages;
    private final SecurityIdentity identity;

    public DashboardErrors(@Location("dashboard/noAccess.html") Template noAccess, Pages pages,
            SecurityIdentity identity) {
        this.noAccess = noAccess;
        this.pages = pages;
        this.identity = identity;
    }

    @ServerExceptionMapper
    public Response noAccess(Pages.NoAccessException e) {
        return Pages.html(403, pages.page(noAccess, identity).data("role", e.role()));
    }
}
