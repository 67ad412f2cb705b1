package org.hausdesk.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hausdesk.platform.entity.InvalidInput;

/** One disruption many residents write about at once (e.g. the cloud is down); its tickets are linked to it. */
@Entity
@Table(name = "outage")
public class Outage {

    @Id
    @SequenceGenerator(name = "outage_seq", sequenceName = "outage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outage_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "created_by_name", nullable = false, length = 120)
    private String createdByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Outage() {
    }

    public Outage(String title, String createdByName, Instant createdAt) {
        if (title == null || title.isBlank()) {
            throw new InvalidInput("Give the outage a title, e.g. \"Cloud nicht erreichbar\"");
        }
        this.title = title.strip();
        this.createdByName = createdByName;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
