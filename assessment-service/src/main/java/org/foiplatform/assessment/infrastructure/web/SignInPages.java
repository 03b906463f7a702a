package org.foiplatform.assessment.infrastructure.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.foiplatform.assessment.application.AuditTrail;
import org.foiplatform.assessment.infrastructure.security.DashboardSessions;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;

/**
 * Signing in to the dashboard by form (Quarkus's form authentication posts to {@code /dashboard/j_security_check}
 * and keeps the officer signed in by an encrypted session cookie), signing out, and the page for an officer who is
 * signed in but lacks the role a page needs.
 */
@Path("/dashboard/sign-in")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    private final Template signIn;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final jakarta.enterprise.inject.Instance<io.quarkus.oidc.OidcSession> oidcSession;
    private final AuditTrail audit;
    private final org.foiplatform.messaging.http.SignInGuard.Config guard;
    private final DashboardSessions sessions;

    public SignInPages(@Location("dashboard/signIn.html") Template signIn,
            Pages pages, SecurityIdentity identity,
            AuditTrail audit, org.foiplatform.messaging.http.SignInGuard.Config guard, DashboardSessions sessions,
            jakarta.enterprise.inject.Instance<io.quarkus.oidc.OidcSession> oidcSession) {
        this.oidcSession = oidcSession;
        this.guard = guard;
        this.sessions = sessions;
        this.signIn = signIn;
        this.pages = pages;
        this.identity = identity;
        this.audit = audit;
    }

    @GET
    @PermitAll
    public Response signIn() {
        return page(200, null, null);
    }

    /** The form mechanism's error page: a wrong name or password, or an account that is disabled. */
    @GET
    @Path("/failed")
    @PermitAll
    public Response failed() {
        return page(200, "Enter the username and password of an account that can sign in", null);
    }

    @GET
    @Path("/locked")
    @PermitAll
    public Response locked() {
        return page(200, "Too many wrong passwords for this account from your address: wait "
                + guard.lockout().toMinutes() + " minutes, then try again", null);
    }

    @GET
    @Path("/expired")
    @PermitAll
    public Response expired() {
        return page(200, "The sign-in form had expired: enter your username and password again", null);
    }

    @GET
    @Path("/signed-out")
    @PermitAll
    public Response signedOut() {
        return page(200, null, "You have signed out");
    }

    /**
     * Signs the officer out: the session is ended on the server (a copy of its cookies is refused from now on), the
     * cookies are removed, and the sign-in page says so.
     */
    @POST
    @Path("/out")
    @PermitAll
    public Response signOut(io.vertx.ext.web.RoutingContext routing) {
        if (!identity.isAnonymous()) {
            String name = identity.getPrincipal().getName();
            if (identity.getCredential(io.quarkus.oidc.IdTokenCredential.class) != null) {
                // Signed in through the council's provider: its session cookie here goes (the provider's own
                // session is the provider's to end).
                oidcSession.get().logout().await().atMost(java.time.Duration.ofSeconds(5));
            } else {
                FormAuthenticationMechanism.logout(routing);
                sessions.end(routing);
            }
            audit.record(name, "SIGNED_OUT", name, null, null);
        }
        return Response.seeOther(URI.create("/dashboard/sign-in/signed-out")).build();
    }

    private Response page(int status, String error, String notice) {
        return Pages.html(status, pages.page(signIn, null).data("error", error).data("notice", notice));
    }
}
