package org.foiplatform.contracts;

import org.foiplatform.contracts.events.CaseAssigned;
import org.foiplatform.contracts.events.DecisionSubmitted;
import org.foiplatform.contracts.events.PostalReplyNeeded;
import org.foiplatform.contracts.events.CaseOpened;
import org.foiplatform.contracts.events.ClarificationProvided;
import org.foiplatform.contracts.events.RequestWithdrawn;
import org.foiplatform.contracts.events.ReviewDecided;
import org.foiplatform.contracts.events.RequestLapsed;
import org.foiplatform.contracts.events.WithdrawalRecorded;
import org.foiplatform.contracts.events.ReviewRequested;
import org.foiplatform.contracts.events.ClarificationRequested;
import org.foiplatform.contracts.events.DeadlineExtended;
import org.foiplatform.contracts.events.FeesNoticeIssued;
import org.foiplatform.contracts.events.DeadlineApproaching;
import org.foiplatform.contracts.events.DeadlineMissed;
import org.foiplatform.contracts.events.DecisionApproved;
import org.foiplatform.contracts.events.DecisionApprovedV2;
import org.foiplatform.contracts.events.DueDateChanged;
import org.foiplatform.contracts.events.EventParked;
import org.foiplatform.contracts.events.NotificationFailed;
import org.foiplatform.contracts.events.NotificationSent;
import org.foiplatform.contracts.events.RequestReceived;
import org.foiplatform.contracts.events.ResponseIssued;
import org.foiplatform.contracts.events.ResponseIssuedV2;
import org.foiplatform.contracts.events.LetterBlocked;
import org.foiplatform.contracts.events.ResponsePublished;
import org.foiplatform.contracts.events.ResponseUnpublished;

/**
 * The stable wire identity of each event. The {@code type} string never changes once published;
 * a breaking change gets a new {@code version}. Java class names never go on the wire.
 */
public enum EventType {
    REQUEST_RECEIVED("foi.intake.request-received", 1, Topics.INTAKE, RequestReceived.class),
    CLARIFICATION_PROVIDED("foi.intake.clarification-provided", 1, Topics.INTAKE, ClarificationProvided.class),
    REQUEST_WITHDRAWN("foi.intake.request-withdrawn", 1, Topics.INTAKE, RequestWithdrawn.class),
    REVIEW_REQUESTED("foi.intake.review-requested", 1, Topics.INTAKE, ReviewRequested.class),
    CASE_OPENED("foi.case.case-opened", 1, Topics.CASE, CaseOpened.class),
    /** Version 1: kept readable until no message of it is left to read (response-service still handles it). */
    DECISION_APPROVED("foi.case.decision-approved", 1, Topics.CASE, DecisionApproved.class),
    DECISION_APPROVED_V2("foi.case.decision-approved", 2, Topics.CASE, DecisionApprovedV2.class),
    DUE_DATE_CHANGED("foi.case.due-date-changed", 1, Topics.CASE, DueDateChanged.class),
    DEADLINE_APPROACHING("foi.case.deadline-approaching", 1, Topics.CASE, DeadlineApproaching.class),
    DEADLINE_MISSED("foi.case.deadline-missed", 1, Topics.CASE, DeadlineMissed.class),
    CLARIFICATION_REQUESTED("foi.case.clarification-requested", 1, Topics.CASE, ClarificationRequested.class),
    FEES_NOTICE_ISSUED("foi.case.fees-notice-issued", 1, Topics.CASE, FeesNoticeIssued.class),
    DEADLINE_EXTENDED("foi.case.deadline-extended", 1, Topics.CASE, DeadlineExtended.class),
    REVIEW_DECIDED("foi.case.review-decided", 1, Topics.CASE, ReviewDecided.class),
    REQUEST_LAPSED("foi.case.request-lapsed", 1, Topics.CASE, RequestLapsed.class),
    CASE_ASSIGNED("foi.case.case-assigned", 1, Topics.CASE, CaseAssigned.class),
    DECISION_SUBMITTED("foi.case.decision-submitted", 1, Topics.CASE, DecisionSubmitted.class),
    WITHDRAWAL_RECORDED("foi.case.withdrawal-recorded", 1, Topics.CASE, WithdrawalRecorded.class),
    /** Version 1 carried the whole letter; kept readable until no message of it is left to read. */
    RESPONSE_ISSUED("foi.response.response-issued", 1, Topics.RESPONSE, ResponseIssued.class),
    RESPONSE_ISSUED_V2("foi.response.response-issued", 2, Topics.RESPONSE, ResponseIssuedV2.class),
    LETTER_BLOCKED("foi.response.letter-blocked", 1, Topics.RESPONSE, LetterBlocked.class),
    RESPONSE_PUBLISHED("foi.response.response-published", 1, Topics.RESPONSE, ResponsePublished.class),
    RESPONSE_UNPUBLISHED("foi.response.response-unpublished", 1, Topics.RESPONSE, ResponseUnpublished.class),
    NOTIFICATION_SENT("foi.notification.notification-sent", 1, Topics.NOTIFICATION, NotificationSent.class),
    NOTIFICATION_FAILED("foi.notification.notification-failed", 1, Topics.NOTIFICATION, NotificationFailed.class),
    POSTAL_REPLY_NEEDED("foi.notification.postal-reply-needed", 1, Topics.NOTIFICATION, PostalReplyNeeded.class),
    EVENT_PARKED("foi.operations.event-parked", 1, Topics.OPERATIONS, EventParked.class);

    private final String wireName;
    private final int version;
    private final String topic;
    private final Class<? extends Record> payloadType;

    EventType(String wireName, int version, String topic, Class<? extends Record> payloadType) {
        this.wireName = wireName;
        this.version = version;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String wireName() {
        return wireName;
    }

    public int version() {
        return version;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> payloadType() {
        return payloadType;
    }

    /** The golden sample message of this type, on the classpath of this module. */
    public String samplePath() {
        return "samples/" + wireName + ".v" + version + ".json";
    }

    /** The JSON Schema of this type's envelope and payload, on the classpath of this module. */
    public String schemaPath() {
        return "schemas/" + wireName + ".v" + version + ".schema.json";
    }
}
