package org.foiplatform.intake.infrastructure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Test only: an API path and a page path that fail with an unexpected error, so that ApiHardeningTest can see what a
 * caller gets for a 500 (only an error id, the same id logged). Not in the service.
 */
@Path("/")
public class FailingTestResource {

    @GET
    @Path("api/test-failure")
    public String apiFailure() {
        throw new IllegalStateException("secret detail that must not reach the caller");
    }

    @GET
    @Path("test-failure")
    public String pageFailure() {
        throw new IllegalStateException("secret detail that must not reach the caller");
    }
}
