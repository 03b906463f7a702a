package org.foiplatform.notification.infrastructure.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foiplatform.notification.application.DeliveryLog;
import org.foiplatform.notification.domain.OutgoingMessage;

/** The delivery log: every email about a request and what became of it. Officers only. */
@Path("/api/notifications")
@RolesAllowed("officer")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final DeliveryLog log;

    public NotificationResource(DeliveryLog log) {
        this.log = log;
    }

    /** One email: which it is, where its delivery stands, and when each step happened. No address is shown. */
    public record MessageView(UUID id, String kind, String status, int attempts, String lastError, Instant recordedAt,
            Instant nextAttemptAt, Instant sentAt, Instant failedAt, Instant givesUpAt) {

        static MessageView of(OutgoingMessage m) {
            OutgoingMessage.Delivery d = m.delivery();
            return new MessageView(m.id(), m.kind(), d.status().name(), d.attempts(), d.lastError(), m.createdAt(),
                    d.nextAttemptAt(), d.sentAt(), d.failedAt(), m.giveUpAt());
        }
    }

    public record DeliveryLogView(String reference, List<MessageView> messages) {
    }

    /**
     * A reply the requester wanted by post, ready to print: the page the email would have been. 404 unless the message
     * exists and waits for the post (status TO_POST).
     */
    @GET
    @Path("/{id}/printable")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A reply to print and post (the requester asked for replies by post), as an HTML page")
    public Response printable(@PathParam("id") String id) {
        UUID messageId;
        try {
            messageId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No such message");
        }
        return log.printable(messageId).map(email -> Response.ok(email.html(), MediaType.TEXT_HTML_TYPE)
                .header("Content-Security-Policy", "default-src 'none'; img-src data:; style-src 'unsafe-inline'")
                .build()).orElseThrow(() -> new NotFoundException("No message " + id + " waits for the post"));
    }

    @GET
    @Operation(summary = "Every email about a request, oldest first, with its status, attempts, last error and times")
    public DeliveryLogView forRequest(@QueryParam("reference") String reference) {
        return new DeliveryLogView(reference, log.forRequest(reference).stream().map(MessageView::of).toList());
    }
}
