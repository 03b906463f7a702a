package org.foiplatform.notification.infrastructure.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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

    @GET
    @Operation(summary = "Every email about a request, oldest first, with its status, attempts, last error and times")
    public DeliveryLogView forRequest(@QueryParam("reference") String reference) {
        return new DeliveryLogView(reference, log.forRequest(reference).stream().map(MessageView::of).toList());
    }
}
