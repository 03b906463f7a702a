package org.foiplatform.assessment.infrastructure.rest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foiplatform.assessment.application.AuditTrail;
import org.foiplatform.assessment.application.InvalidInputException;
import org.foiplatform.assessment.application.ManageAccounts;
import org.foiplatform.assessment.domain.DecisionProblem;
import org.foiplatform.assessment.domain.Role;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/** The admin's API for officer accounts and the audit trail. Every endpoint needs the admin role. */
@Path("/api")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    private static final int MAX_PAGE = 500;

    private final ManageAccounts accounts;
    private final AuditTrail audit;
    private final SecurityIdentity identity;
    private final HttpServerRequest request;

    public AccountsResource(ManageAccounts accounts, AuditTrail audit, SecurityIdentity identity,
            HttpServerRequest request) {
        this.accounts = accounts;
        this.audit = audit;
        this.identity = identity;
        this.request = request;
    }

    /**
     * {@code {"username": "…", "roles": ["officer", "approver"], "password": "…", "email": "…"}}; email is the
     * officer's work address (optional; "" removes it), where they are told of a case assigned to them.
     */
    public record AccountBody(String username, List<String> roles, Boolean enabled, String password, String email) {
    }

    public record AccountView(String username, List<String> roles, boolean enabled, java.time.Instant createdAt,
            String email) {
        static AccountView of(ManageAccounts.Account a) {
            return new AccountView(a.username(), a.roles().stream().sorted().map(Role::wireName).toList(),
                    a.enabled(), a.createdAt(), a.email());
        }
    }

    @GET
    @Path("/accounts")
    @Operation(summary = "The officer accounts, with their roles (never a password or its hash)")
    public List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an account", description = "username: 2 to 100 lower-case letters, digits, . _ -; roles:"
            + " any of officer, approver, admin; password: 12 characters at least. 201; 400 naming the field.")
    public Response create(AccountBody body) {
        if (body == null) {
            throw new InvalidInputException("The account could not be added", List.of(
                    new DecisionProblem("username", "Send the username, roles and password")));
        }
        ManageAccounts.Account added = accounts.create(body.username(), roles(body.roles(), true), body.password(),
                body.email(), identity.getPrincipal().getName(), address());
        return Response.status(201).entity(AccountView.of(added)).build();
    }

    @PATCH
    @Path("/accounts/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's roles, enable or disable it, or set a new password",
            description = "Only the fields given change. 404 for an unknown account.")
    public AccountView change(@PathParam("username") String username, AccountBody body) {
        if (body == null) {
            throw new InvalidInputException("The account could not be changed", List.of(
                    new DecisionProblem("roles", "Send roles, enabled or password")));
        }
        return AccountView.of(accounts.change(username, body.roles() == null ? null : roles(body.roles(), false),
                body.enabled(), body.password(), body.email(), identity.getPrincipal().getName(), address()));
    }

    public record AuditPage(List<AuditTrail.Entry> entries, Long next) {
    }

    @GET
    @Path("/audit")
    @Operation(summary = "The audit trail: sign-ins, failed sign-ins, decisions and account changes, oldest first",
            description = "after: the id of the last entry seen (keyset paging); limit: 1 to 500. next is the after to"
                    + " ask for the following page, or null at the end.")
    public AuditPage audit(@QueryParam("after") @DefaultValue("0") long after,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("The audit trail cannot be read", List.of(new DecisionProblem("limit",
                    "Give 1 to " + MAX_PAGE)));
        }
        List<AuditTrail.Entry> entries = audit.after(after, limit);
        return new AuditPage(entries, entries.size() < limit ? null : entries.get(entries.size() - 1).id());
    }

    private static Set<Role> roles(List<String> names, boolean required) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<DecisionProblem> problems = new ArrayList<>();
        List<String> given = names == null ? List.of() : names;
        for (int i = 0; i < given.size(); i++) {
            Role role = Role.named(given.get(i)).orElse(null);
            if (role == null) {
                problems.add(new DecisionProblem("roles[" + i + "]", "Choose officer, approver or admin"));
            } else {
                roles.add(role);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The account could not be saved", problems);
        }
        return roles;
    }

    private String address() {
        return request.remoteAddress() == null ? null : request.remoteAddress().host();
    }
}
