package org.foiplatform.notification.infrastructure.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.foiplatform.notification.domain.MessageKind;
import org.foiplatform.notification.domain.MessageStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "outgoing_message")
public class MessageEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;

    @Enumerated(EnumType.STRING)
    public MessageKind kind;

    @Enumerated(EnumType.STRING)
    public MessageStatus status;

    public String subject;

    @Column(name = "letter_html")
    public String letterHtml;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "correlation_id")
    public UUID correlationId;

    @Column(name = "causation_id")
    public UUID causationId;
}
