package org.foiplatform.response.infrastructure.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "response_letter")
public class LetterEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;

    public int version;

    public String subject;

    public String html;

    @Column(name = "issued_at")
    public Instant issuedAt;
}
