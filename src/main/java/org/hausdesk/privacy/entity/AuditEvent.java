package org.hausdesk.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: sign-ins, denials, exports, erasures, coordinators' actions. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 120)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(length = 400)
    private String target;

    @Column(length = 64)
    private String address;

    protected AuditEvent() {
    }

    public AuditEvent(Instant at, String actor, String action, String target, String address) {
        this.at = at;
        this.actor = cut(actor == null ? "anonym" : actor, 120);
        this.action = cut(action, 40);
        this.target = cut(target, 400);
        this.address = cut(address, 64);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String address() {
        return address;
    }
}
