package org.foiplatform.intake.infrastructure.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.foiplatform.intake.domain.Regime;
import org.foiplatform.intake.domain.RequestStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "information_request")
public class RequestEntity extends PanacheEntityBase {

    @Id
    public String reference;

    @Column(name = "requester_name")
    public String requesterName;

    @Column(name = "requester_email")
    public String requesterEmail;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    public RequestStatus status;

    @Enumerated(EnumType.STRING)
    public Regime regime;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @ElementCollection
    @CollectionTable(name = "request_question", joinColumns = @JoinColumn(name = "reference"))
    @OrderBy("number")
    public List<QuestionRow> questions = new ArrayList<>();

    @Embeddable
    public static class QuestionRow {
        public int number;
        public String text;

        public QuestionRow() {
        }

        QuestionRow(int number, String text) {
            this.number = number;
            this.text = text;
        }
    }
}
