package org.hausdesk.kb.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hausdesk.account.entity.Account;
import org.hausdesk.platform.entity.InvalidInput;
import org.hausdesk.platform.entity.NotPermitted;
import org.hausdesk.platform.entity.RuleViolation;
import org.hausdesk.ticket.entity.Category;

/**
 * An FAQ article. Its current content is a copy of its newest revision; every change of content
 * adds a revision. Publishing and archiving change who can read it, not what it says.
 */
@Entity
@Table(name = "article")
@NamedQuery(name = Article.BY_SLUG, query = "select a from Article a where a.slug = :slug")
public class Article {

    public static final String BY_SLUG = "Article.bySlug";
    /** An article's slug (its address, its file name): 2-80 lower-case letters, digits or dashes. */
    public static final String SLUG_RULE = "[a-z0-9][a-z0-9-]{1,79}";
    public static final Pattern SLUG = Pattern.compile(SLUG_RULE);

    @Id
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ArticleStatus status;

    @Column(name = "helpful_yes", nullable = false)
    private int helpfulYes;

    @Column(name = "helpful_no", nullable = false)
    private int helpfulNo;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    /** The revision the last kb-content import wrote; another number means it was edited in the app since. */
    @Column(name = "imported_revision")
    private Integer importedRevision;

    /** SHA-256 of the kb-content file as last imported. */
    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    @Column(name = "import_conflict", length = 500)
    private String importConflict;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "article_ticket", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "ticket_number", length = 20)
    private Set<String> sourceTickets = new LinkedHashSet<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number ASC")
    private List<ArticleRevision> revisions = new ArrayList<>();

    protected Article() {
    }

    /** A new draft, revision 1. */
    public Article(String slug, ArticleContent content, Account author, String authorName, RevisionSource source,
                   Instant now) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new InvalidInput("A slug is 2-80 lower-case letters, digits or dashes");
        }
        this.slug = slug;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now;
        apply(content, author, authorName, source, now);
    }

    /** An author changes the content: a new revision, unless nothing changed. */
    public boolean edit(ArticleContent content, Account author, Instant now) {
        if (author == null) {
            throw new NotPermitted("Only helpers and coordinators edit articles");
        }
        if (content.equals(content())) {
            return false;
        }
        apply(content, author, author.displayName(), RevisionSource.APP, now);
        return true;
    }

    public void publish(Account actor, Instant now) {
        if (actor == null || !actor.mayPublish()) {
            throw new NotPermitted("Publishing needs a coordinator or a helper allowed to publish");
        }
        status = ArticleStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    public void archive(Account actor, Instant now) {
        if (actor == null || !actor.mayPublish()) {
            throw new NotPermitted("Archiving needs a coordinator or a helper allowed to publish");
        }
        status = ArticleStatus.ARCHIVED;
        updatedAt = now;
    }

    /**
     * A kb-content file with this content and hash was read. Unchanged files change nothing; a
     * changed file becomes a new revision unless the article was edited in the app since the last
     * import, which is reported instead of overwritten.
     */
    public ImportOutcome importFile(ArticleContent content, String hash, Instant now) {
        if (hash.equals(sourceHash)) {
            return ImportOutcome.UNCHANGED;
        }
        if (content.equals(content())) {
            // the file says what Hausdesk says (e.g. an export committed to git): adopt it
            adopt(hash);
            return ImportOutcome.UNCHANGED;
        }
        if (importedRevision == null || importedRevision != revisionNumber) {
            importConflict = importedRevision == null
                    ? "a kb-content file has the slug of an article written in Hausdesk"
                    : "kb-content file changed, but the article was edited in Hausdesk since revision %d"
                    .formatted(importedRevision);
            return ImportOutcome.CONFLICT;
        }
        apply(content, null, "kb-content", RevisionSource.IMPORT, now);
        adopt(hash);
        return ImportOutcome.UPDATED;
    }

    private void adopt(String hash) {
        importedRevision = revisionNumber;
        sourceHash = hash;
        importConflict = null;
    }

    /** The file of a new article was imported: it is published as written. */
    public void importedAsNew(String hash, Instant now) {
        importedRevision = revisionNumber;
        sourceHash = hash;
        status = ArticleStatus.PUBLISHED;
        publishedAt = now;
    }

    public enum ImportOutcome {
        UNCHANGED, UPDATED, CONFLICT
    }

    public void cameFrom(String ticketNumber) {
        sourceTickets.add(ticketNumber);
    }

    /** Whether this caller may read it: residents (no account) only published public articles for all houses. */
    public boolean readableBy(Account account) {
        return readableBy(account, null);
    }

    /**
     * Whether this caller may read it. Residents (no account): published public articles for all houses, and those of
     * the house they chose ({@code residentHouse}, a slug, or null). Helpers: every article for all houses and those
     * of their houses; coordinators every article. A house article is about one house: other houses' residents never
     * see it.
     */
    public boolean readableBy(Account account, String residentHouse) {
        if (account != null) {
            return writableBy(account);
        }
        return status == ArticleStatus.PUBLISHED && visibility == Visibility.PUBLIC
                && (house == null || house.equals(residentHouse));
    }

    /** Whether the account may read and edit it: an article for all houses, or one of the account's houses. */
    public boolean writableBy(Account account) {
        return house == null || forHouseOf(account, house);
    }

    /** Whether the account may write for that house: a coordinator for any, a helper for their houses. */
    public static boolean forHouseOf(Account account, String house) {
        return account.isCoordinator() || account.houses().stream().anyMatch(h -> h.slug().equals(house));
    }

    /** The house (slug) this article is for, or null: all houses. */
    public String house() {
        return house;
    }

    public Optional<ArticleRevision> revision(int number) {
        return revisions.stream().filter(r -> r.number() == number).findFirst();
    }

    private void apply(ArticleContent content, Account author, String authorName, RevisionSource source, Instant now) {
        this.title = content.title();
        this.problem = content.problem();
        this.solution = content.solution();
        this.category = content.category();
        this.tags = content.tagsColumn();
        this.language = content.language();
        this.visibility = content.visibility();
        this.house = content.house();
        this.revisionNumber++;
        this.revisions.add(new ArticleRevision(this, revisionNumber, content, author, authorName, source, now));
        this.updatedAt = now;
    }

    public ArticleContent content() {
        return new ArticleContent(title, problem, solution, category, ArticleContent.tagsFrom(tags), language,
                visibility, house);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public ArticleStatus status() {
        return status;
    }

    public int helpfulYes() {
        return helpfulYes;
    }

    public int helpfulNo() {
        return helpfulNo;
    }

    public int revisionNumber() {
        return revisionNumber;
    }

    public String importConflict() {
        return importConflict;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }

    public Set<String> sourceTickets() {
        return Collections.unmodifiableSet(sourceTickets);
    }

    public List<ArticleRevision> revisions() {
        return Collections.unmodifiableList(revisions);
    }

    public void requireVersion(long seen) {
        if (version != seen) {
            throw new RuleViolation("Article %s was changed in the meantime (version %d, yours %d): reload and try again"
                    .formatted(slug, version, seen));
        }
    }
}
