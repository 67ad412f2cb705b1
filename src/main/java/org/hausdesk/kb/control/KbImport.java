package org.hausdesk.kb.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.kb.entity.RevisionSource;
import org.hausdesk.platform.control.ApplicationReady;

/**
 * Imports kb-content at start (and when a coordinator asks). Each file is imported in a
 * transaction of its own, so one bad file never stops the others, nor the start.
 */
@ApplicationScoped
public class KbImport {

    private static final Logger LOG = Logger.getLogger(KbImport.class.getName());

    /** What one import did, file by file. */
    public record Report(Instant at, String directory, List<String> created, List<String> updated,
                         List<String> unchanged, List<Problem> conflicts, List<Problem> skipped) {
    }

    public record Problem(String file, String reason) {
    }

    @Inject
    @ConfigProperties
    KbConfig settings;

    @Inject
    OneFile oneFile;

    @Inject
    Clock clock;

    private volatile Report last;

    void onStart(@Observes ApplicationReady ready) {
        importAll();
    }

    public Optional<Report> lastReport() {
        return Optional.ofNullable(last);
    }

    public synchronized Report importAll() {
        var created = new ArrayList<String>();
        var updated = new ArrayList<String>();
        var unchanged = new ArrayList<String>();
        var conflicts = new ArrayList<Problem>();
        var skipped = new ArrayList<Problem>();
        var root = directory();
        if (root.isEmpty()) {
            LOG.warning("No kb-content directory found (set HAUSDESK_KB_CONTENT_DIR); no FAQ articles imported");
            last = new Report(clock.instant(), null, created, updated, unchanged, conflicts, skipped);
            return last;
        }
        var seen = new java.util.HashMap<String, String>();
        for (var file : ArticleFiles.articleFiles(root.get())) {
            var name = root.get().relativize(file).toString().replace('\\', '/');
            try {
                var parsed = ArticleFiles.parse(file, Files.readString(file, StandardCharsets.UTF_8));
                var first = seen.putIfAbsent(parsed.slug(), name);
                if (first != null) {
                    // two files, one article (e.g. the same name in two house folders): neither may overwrite the other
                    throw new ArticleFiles.BadFile("the same file name as " + first + ": a slug is one article; "
                            + "rename one of them");
                }
                switch (oneFile.importFile(parsed)) {
                    case CREATED -> created.add(name);
                    case UPDATED -> updated.add(name);
                    case UNCHANGED -> unchanged.add(name);
                    case CONFLICT -> {
                        conflicts.add(new Problem(name, "changed in the file and in Hausdesk since the last import; "
                                + "Hausdesk keeps its version until the file matches or the conflict is resolved"));
                        LOG.warning(() -> "kb-content conflict, not overwritten: " + name);
                    }
                }
            } catch (ArticleFiles.BadFile e) {
                skipped.add(new Problem(name, e.getMessage()));
                LOG.warning(() -> "kb-content file skipped: %s: %s".formatted(name, e.getMessage()));
            } catch (MalformedInputException e) {
                skipped.add(new Problem(name, "not UTF-8 text"));
                LOG.warning(() -> "kb-content file skipped: %s: not UTF-8 text".formatted(name));
            } catch (IOException | RuntimeException e) {
                skipped.add(new Problem(name, e.getClass().getSimpleName() + ": " + e.getMessage()));
                LOG.warning(() -> "kb-content file skipped: %s: %s".formatted(name, e));
            }
        }
        last = new Report(clock.instant(), root.get().toString(), created, updated, unchanged, conflicts, skipped);
        LOG.info(() -> "kb-content imported from %s: %d new, %d updated, %d unchanged, %d conflicts, %d skipped"
                .formatted(root.get(), created.size(), updated.size(), unchanged.size(), conflicts.size(),
                        skipped.size()));
        return last;
    }

    /** The configured directory, else {@code ./kb-content}, else the copy inside the application. */
    private Optional<Path> directory() {
        if (settings.contentDir().isPresent()) {
            var configured = Path.of(settings.contentDir().get());
            return Files.isDirectory(configured) ? Optional.of(configured) : Optional.empty();
        }
        var local = Path.of("kb-content");
        if (Files.isDirectory(local)) {
            return Optional.of(local.toAbsolutePath());
        }
        var bundled = KbImport.class.getClassLoader().getResource("kb-content");
        try {
            return bundled != null && "file".equals(bundled.getProtocol())
                    ? Optional.of(Path.of(bundled.toURI()))
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The transactional step: one file, one transaction. */
    @ApplicationScoped
    public static class OneFile {

        public enum Outcome { CREATED, UPDATED, UNCHANGED, CONFLICT }

        @PersistenceContext
        EntityManager em;

        @Inject
        Clock clock;

        @Inject
        Event<ArticleChanged> changed;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Outcome importFile(@Valid ArticleFiles.ParsedFile file) {
            var now = clock.instant();
            var existing = em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("slug", file.slug())
                    .getResultStream().findFirst();
            if (existing.isEmpty()) {
                var article = new Article(file.slug(), file.content(), null, "kb-content", RevisionSource.IMPORT, now);
                article.importedAsNew(file.hash(), now);
                em.persist(article);
                changed.fire(new ArticleChanged(article.slug()));
                return Outcome.CREATED;
            }
            return switch (existing.get().importFile(file.content(), file.hash(), now)) {
                case UNCHANGED -> Outcome.UNCHANGED;
                case UPDATED -> {
                    changed.fire(new ArticleChanged(file.slug()));
                    yield Outcome.UPDATED;
                }
                case CONFLICT -> Outcome.CONFLICT;
            };
        }
    }
}
