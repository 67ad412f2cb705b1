package org.hausdesk.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.regex.Pattern;
import org.hausdesk.platform.entity.InvalidInput;

/**
 * One step of the checklist the cooperative defines once for every house, e.g. "Cloud-Konto angelegt", with the words
 * its progress is told in ("14 von 18 Haushalten haben Zugang zur Cloud") and the FAQ article that explains it. A
 * retired step keeps what households did but is no longer shown.
 */
@Entity
@Table(name = "onboarding_step")
@NamedQuery(name = OnboardingStep.ALL, query = "select s from OnboardingStep s order by s.position, s.id")
public class OnboardingStep {

    public static final String ALL = "OnboardingStep.all";
    public static final int NAME_MAX = 100;
    /** The article slug rule of the knowledge base (kept here as a pattern; onboarding does not read articles). */
    public static final Pattern ARTICLE = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");

    @Id
    @SequenceGenerator(name = "onboarding_step_seq", sequenceName = "onboarding_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onboarding_step_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** "haben Zugang zur Cloud": completes "14 von 18 Haushalten …". */
    @Column(name = "progress_text", nullable = false, length = NAME_MAX)
    private String progressText;

    @Column(name = "article_slug", length = 80)
    private String articleSlug;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected OnboardingStep() {
    }

    public OnboardingStep(String name, String progressText, String articleSlug, int position) {
        describe(name, progressText, articleSlug, position);
    }

    /** A coordinator renames the step, changes its words, article or place. */
    public void describe(String name, String progressText, String articleSlug, int position) {
        this.name = required(name, "name");
        var fallback = "haben „" + this.name + "“ erledigt";
        var words = progressText != null && !progressText.isBlank() ? progressText
                : fallback.length() <= NAME_MAX ? fallback : "sind so weit: " + this.name.substring(0, NAME_MAX - 14);
        this.progressText = required(words, "progressText");
        var slug = articleSlug == null || articleSlug.isBlank() ? null : articleSlug.strip();
        if (slug != null && !ARTICLE.matcher(slug).matches()) {
            throw new InvalidInput("article: the slug of an FAQ article (lower-case letters, digits, dashes)");
        }
        this.articleSlug = slug;
        this.position = position;
    }

    private static String required(String value, String field) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_MAX) {
            throw new InvalidInput(field + ": 1 to " + NAME_MAX + " characters");
        }
        return stripped;
    }

    /** The same step (by identity before it is stored, by id after). */
    boolean sameAs(OnboardingStep other) {
        return this == other || id != null && other != null && id.equals(other.id);
    }

    public void retire(boolean retired) {
        this.retired = retired;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String progressText() {
        return progressText;
    }

    public String articleSlug() {
        return articleSlug;
    }

    public int position() {
        return position;
    }

    public boolean retired() {
        return retired;
    }
}
