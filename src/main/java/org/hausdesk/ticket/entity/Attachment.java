package org.hausdesk.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A picture or PDF attached to a ticket; the file itself is stored under {@link #storedName()}. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Column(name = "stored_name", nullable = false, length = 64)
    private String storedName;

    @Column(name = "file_name", nullable = false, length = 100)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "by_resident", nullable = false)
    private boolean byResident;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(Ticket ticket, String storedName, String fileName, String contentType, long size,
                      boolean byResident, Instant createdAt) {
        this.ticket = ticket;
        this.storedName = storedName;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.byResident = byResident;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Ticket ticket() {
        return ticket;
    }

    public String storedName() {
        return storedName;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isPicture() {
        return contentType.startsWith("image/");
    }

    public long size() {
        return size;
    }

    public boolean byResident() {
        return byResident;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
