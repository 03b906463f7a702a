package org.foiplatform.assessment.infrastructure.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import jakarta.persistence.Version;

import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.Outcome;
import org.foiplatform.assessment.domain.Regime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "foi_case")
public class CaseEntity extends PanacheEntityBase {

    @Id
    public String reference;

    @Column(name = "correlation_id")
    public UUID correlationId;

    @Enumerated(EnumType.STRING)
    public Regime regime;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "case_question", joinColumns = @JoinColumn(name = "reference"))
    @OrderBy("number")
    public List<QuestionRow> questions = new ArrayList<>();

    @Embeddable
    public static class QuestionRow {
        public int number;
        public String text;
        @Enumerated(EnumType.STRING)
        public Outcome outcome;
        public String answer;
    }
}
