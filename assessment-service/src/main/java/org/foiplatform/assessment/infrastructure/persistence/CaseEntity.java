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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.foiplatform.assessment.domain.CaseStatus;
import org.foiplatform.assessment.domain.ClockEvent;
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

    @Column(name = "working_days")
    public int workingDays;

    @Column(name = "calendar_revision")
    public long calendarRevision;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Column(name = "requester_name")
    public String requesterName;

    @Column(name = "assigned_team")
    public String assignedTeam;

    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "review_requested_on")
    public LocalDate reviewRequestedOn;

    @Column(name = "review_grounds")
    public String reviewGrounds;

    @Column(name = "review_due")
    public LocalDate reviewDue;

    @Column(name = "reviewer")
    public String reviewer;

    @Column(name = "review_decided_on")
    public LocalDate reviewDecidedOn;

    @Column(name = "review_outcome")
    public String reviewOutcome;

    /** The review's finding and reasons per question, as JSON. */
    @Column(name = "review_findings")
    public String reviewFindings;

    @Column(name = "drafted_by")
    public String draftedBy;

    @Column(name = "drafted_at")
    public Instant draftedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "review_by")
    public LocalDate reviewBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "case_question", joinColumns = @JoinColumn(name = "reference"))
    @OrderBy("number")
    public List<QuestionRow> questions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_clock_event", joinColumns = @JoinColumn(name = "reference"))
    @OrderColumn(name = "seq")
    public List<ClockRow> clock = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_timeline", joinColumns = @JoinColumn(name = "reference"))
    @OrderColumn(name = "seq")
    public List<TimelineRow> timeline = new ArrayList<>();

    @Embeddable
    public static class ClockRow {
        @Enumerated(EnumType.STRING)
        public ClockEvent.Kind kind;
        @Column(name = "on_date")
        public LocalDate on;
        public int amount;
        public String reason;
    }

    @Embeddable
    public static class TimelineRow {
        public Instant at;
        public String what;
        public String detail;
        public String actor;
        @Column(name = "previous_due_date")
        public LocalDate previousDueDate;
        @Column(name = "due_date")
        public LocalDate dueDate;
    }

    @Embeddable
    public static class QuestionRow {
        public int number;
        public String text;
        @Enumerated(EnumType.STRING)
        public Outcome outcome;
        public String answer;
        /** The exemptions, cost estimate and advice of a decided question, as JSON. */
        public String detail;
    }
}
