package org.foiplatform.notification.infrastructure.persistence;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.foiplatform.notification.domain.MessageStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "outgoing_message")
public class MessageEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;

    public String kind;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> model;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    public MessageStatus status;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "give_up_at")
    public Instant giveUpAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "correlation_id")
    public UUID correlationId;

    @Column(name = "causation_id")
    public UUID causationId;
}
