package org.foiplatform.response.infrastructure.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.foiplatform.response.application.AuthorityProfiles;
import org.foiplatform.response.domain.Authority;

/** The authority's profile that every letter is written with: officers read it, an admin changes it. */
@Path("/api/authority-profile")
@Tag(name = "Authority profile")
public class AuthorityProfileResource {

    private final AuthorityProfiles profiles;

    public AuthorityProfileResource(AuthorityProfiles profiles) {
        this.profiles = profiles;
    }

    @GET
    @RolesAllowed({ "officer", "approver", "admin" })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The profile letters are written with")
    public Authority current() {
        return profiles.current();
    }

    @PUT
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the profile (name, team, address, website, email, phone, signature, logo as a PNG "
            + "data URI, licence, licenceUrl, publicationScheme, disclosureLog); letters issued from now use it")
    public Authority replace(Authority authority, @Context SecurityContext security) {
        if (authority == null) {
            throw new org.foiplatform.response.application.InvalidInputException(java.util.List.of(
                    new org.foiplatform.response.application.InvalidInputException.FieldProblem("body",
                            "Send the profile as JSON")));
        }
        return profiles.update(authority, security.getUserPrincipal().getName());
    }
}
