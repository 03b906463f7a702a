package org.foiplatform.notification.domain;

/** Stored state of an outgoing message. */
public enum MessageStatus {
    /** Waiting to be sent: the requester's address may not be known yet, or the mail server was down. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up: refused for good by the mail server, or still failing when its retry horizon passed. */
    FAILED,
    /**
     * Not emailed: the requester asked for replies by post, so an officer prints it and posts it (PostalReplyNeeded
     * put the task on the case).
     */
    TO_POST
}
