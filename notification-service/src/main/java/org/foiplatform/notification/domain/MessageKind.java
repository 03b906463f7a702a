package org.foiplatform.notification.domain;

/** Which email a message is. */
public enum MessageKind {
    /** Tells the requester we have their request, its reference and the date we must answer by. */
    ACKNOWLEDGEMENT,
    /** Carries the response letter. */
    RESPONSE
}
