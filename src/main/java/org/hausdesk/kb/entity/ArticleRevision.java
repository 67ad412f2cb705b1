package org.hausdesk.kb.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hausdesk.account.entity.Account;
import org.hausdesk.ticket.entity.Category;

/** An article as it was after one edit: numbered 1, 2, 3 ... per article, with author and time. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    @Id
    @SequenceGenerator(name = "article_revision_seq", sequenceName = "article_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_revision_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String problem;

    @Column(nullable = false, length = 50000)
    private String solution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Column(length = 500)
    private String tags;

    @Column(nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility;

    /** The house (slug) a house article is for; null for all houses. */
    @Column(length = 40)
    private String house;

    @ManyToOne
    @JoinColumn(name = "author_account_id")
    private Account author;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RevisionSource source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int number, ArticleContent content, Account author, String authorName,
                    RevisionSource source, Instant createdAt) {
        this.article = article;
        this.number = number;
        this.title = content.title();
        this.problem = content.problem();
        this.solution = content.solution();
        this.category = content.category();
        this.tags = content.tagsColumn();
        this.language = content.language();
        this.visibility = content.visibility();
        this.house = content.house();
        this.author = author;
        this.authorName = authorName;
        this.source = source;
        this.createdAt = createdAt;
    }

    public int number() {
        return number;
    }

    public ArticleContent content() {
        return new ArticleContent(title, problem, solution, category, ArticleContent.tagsFrom(tags), language,
                visibility, house);
    }

    public String authorName() {
        return authorName;
    }

    public RevisionSource source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
