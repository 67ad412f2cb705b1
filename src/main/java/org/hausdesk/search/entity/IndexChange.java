package org.hausdesk.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the search index's change log: "this ticket or article changed". Written by a plain insert in the
 * transaction of the change (the database numbers it); read here, in order, by the index that follows the log.
 */
@Entity
@Table(name = "index_change")
@NamedQuery(name = IndexChange.AFTER, query = "select c from IndexChange c where c.id > :seen order by c.id")
@NamedQuery(name = IndexChange.AMONG, query = "select c from IndexChange c where c.id in :ids order by c.id")
public class IndexChange {

    public static final String AFTER = "IndexChange.after";
    public static final String AMONG = "IndexChange.among";

    @Id
    private Long id;

    @Column(name = "item_type", nullable = false, length = 10)
    private String type;

    @Column(name = "item_key", nullable = false, length = 200)
    private String key;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected IndexChange() {
    }

    public long id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String key() {
        return key;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
