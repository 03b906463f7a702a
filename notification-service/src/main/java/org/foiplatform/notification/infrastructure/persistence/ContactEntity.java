package org.foiplatform.notification.infrastructure.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "requester_contact")
public class ContactEntity extends PanacheEntityBase {

    @Id
    public String reference;

    public String name;

    public String email;
}
