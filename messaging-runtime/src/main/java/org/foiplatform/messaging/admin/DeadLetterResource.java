package org.foiplatform.messaging.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foiplatform.contracts.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The admin's view of what this service could not handle, in every service: its dead letters and its parked
 * outbox events, each replayable once the cause is fixed. Role {@code admin} only.
 */
@Path("/api/admin")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final SecurityIdentity identity;

    public DeadLetterResource(DeadLetters deadLetters, SecurityIdentity identity) {
        this.deadLetters = deadLetters;
        this.identity = identity;
    }

    public record DeadLetterList(Map<String, String> topics, int count, List<DeadLetters.DeadLetter> deadLetters) {
    }

    public record ParkedList(int count, List<DeadLetters.ParkedEvent> parkedEvents) {
    }

    @GET
    @Path("/dead-letters")
    @Operation(summary = "Every dead-lettered message of this service's consumers, with its reason, its original "
            + "topic, partition and offset, and its last replay")
    public DeadLetterList deadLetters() {
        List<DeadLetters.DeadLetter> letters = deadLetters.list();
        return new DeadLetterList(deadLetters.deadLetterTopics(), letters.size(), letters);
    }

    @POST
    @Path("/dead-letters/{topic}/{partition}/{offset}/replay")
    @Operation(summary = "Handles one dead letter again, through the consumer's inbox, and records the replay")
    public DeadLetters.Replay replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
            @PathParam("offset") long offset) {
        return deadLetters.replay(topic, partition, offset, admin());
    }

    @POST
    @Path("/dead-letters/replay")
    @Operation(summary = "Handles again every dead letter not yet handled by a replay")
    public List<DeadLetters.Replay> replayAll() {
        return deadLetters.replayAll(admin());
    }

    @GET
    @Path("/parked-events")
    @Operation(summary = "Every outbox event the broker refused for good, with the reason")
    public ParkedList parked() {
        List<DeadLetters.ParkedEvent> parked = deadLetters.parked();
        return new ParkedList(parked.size(), parked);
    }

    @POST
    @Path("/parked-events/{eventId}/replay")
    @Operation(summary = "Gives a parked event back to the relay; if the broker still refuses it, it is parked again")
    public DeadLetters.Replay requeue(@PathParam("eventId") UUID eventId) {
        return deadLetters.requeue(eventId, admin());
    }

    private String admin() {
        return identity.getPrincipal().getName();
    }

    @ServerExceptionMapper
    public Response notFound(DeadLetters.NotFoundException e) {
        return Response.status(404).type(Problem.MEDIA_TYPE).entity(Problem.of(404, "Not found", e.getMessage()))
                .build();
    }
}
