package org.hausdesk.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.platform.control.DatabaseRestored;
import org.hausdesk.platform.control.Folders;

/**
 * The one index: one long-lived {@link IndexWriter}, a {@link SearcherManager} refreshed after each batch of
 * changes, upsert by id. Changes come from the database's change log ({@link IndexFollower}), many at a time:
 * one commit and one refresh per batch. Each commit records how far in the change log the index is
 * ({@link #position()}), so that after a crash the index replays only what is newer.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final String ANALYSIS = "analysis";
    private static final String CHANGES = "changes";
    /**
     * After a rebuild the index replays the last changes before it started: transactions still open while it read
     * the database get their late changes applied.
     */
    static final long REPLAYED_AFTER_REBUILD = 1_000;

    @Inject
    @ConfigProperties
    SearchConfig settings;

    @Inject
    SearchSource source;

    @Resource
    ManagedExecutorService executor;

    private Analyzer stemmed;
    private Analyzer folded;
    private Analyzer exact;
    private Synonyms synonyms;
    private Analyzer english;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean closed;
    /** The last rebuild failed and none has succeeded since: the index lacks what that rebuild was for. */
    private volatile boolean owesRebuild;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final Object changes = new Object();
    /** The change-log number up to which every change is in the index; -1 when unknown. */
    private volatile long position = -1;
    private volatile int rebuilds;
    /** Why the index must be rebuilt whatever its state (the database was restored), or null. */
    private volatile String mustRebuild;

    /** One ticket or article as it is now; empty when it is to leave the index. */
    public record Change(String type, String key, Optional<IndexEntry> entry) {
    }

    /** A restored database: the index of what the database held before does not fit it. */
    void restored(@Observes DatabaseRestored restored) {
        mustRebuild = "the database was restored from " + restored.from();
    }

    /**
     * Opens (or creates) the index; an unreadable index or one of another analysis is rebuilt from the
     * database, in the background when running in the container.
     */
    synchronized void open() throws IOException {
        if (writer != null) {
            return;
        }
        stemmed = GermanAnalyzer.of(GermanAnalyzer.Level.STEMMED);
        folded = GermanAnalyzer.of(GermanAnalyzer.Level.FOLDED);
        exact = GermanAnalyzer.of(GermanAnalyzer.Level.EXACT);
        synonyms = Synonyms.load(settings.synonymsFile().map(Path::of));
        english = new EnglishAnalyzer();
        var path = Path.of(settings.indexDir());
        Files.createDirectories(path);
        directory = FSDirectory.open(path);
        boolean rebuild;
        String reason;
        if (!DirectoryReader.indexExists(directory)) {
            rebuild = true;
            reason = "no index yet";
        } else {
            try (var reader = DirectoryReader.open(directory)) {
                var committed = reader.getIndexCommit().getUserData();
                var version = committed.get(ANALYSIS);
                reason = !GermanAnalyzer.VERSION.equals(version) ? "built by analysis " + version
                        : !committed.containsKey(CHANGES) ? "no position in the change log (built by an older Hausdesk)"
                        : null;
                if (reason == null) {
                    position = Long.parseLong(committed.get(CHANGES));
                }
            } catch (IOException | RuntimeException corrupt) {
                reason = "unreadable (" + corrupt.getClass().getSimpleName() + ")";
                directory.close();
                Folders.delete(path);
                Files.createDirectories(path);
                directory = FSDirectory.open(path);
            }
            if (reason == null && mustRebuild != null) {
                reason = mustRebuild;
            }
            rebuild = reason != null;
        }
        // nothing is committed but by apply() and a finished rebuild: closing mid-rebuild must not commit half of it
        var config = new IndexWriterConfig(indexAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        writer = new IndexWriter(directory, config);
        if (!DirectoryReader.indexExists(directory)) {
            commit();
        }
        searchers = new SearcherManager(writer, null);
        if (rebuild) {
            var why = reason;
            LOG.info(() -> "Rebuilding the search index: " + why);
            claimRebuild(); // before anyone can apply changes to the index that is about to be replaced
            if (executor != null) {
                executor.execute(this::rebuildClaimed);
            } else {
                rebuildClaimed();
            }
        }
    }

    private Analyzer indexAnalyzer() {
        var words = GermanAnalyzer.of(GermanAnalyzer.Level.STEMMED_WORDS);
        return new PerFieldAnalyzerWrapper(stemmed, Map.ofEntries(Map.entry(Fields.TITLE_EN, english),
                Map.entry(Fields.BODY_EN, english), Map.entry(Fields.SPELLING, exact),
                Map.entry(Fields.TITLE_EXACT, exact), Map.entry(Fields.BODY_EXACT, exact),
                Map.entry(Fields.TITLE_FOLDED, folded), Map.entry(Fields.BODY_FOLDED, folded),
                Map.entry(Fields.ALL_FOLDED, folded), Map.entry(Fields.TITLE, words), Map.entry(Fields.BODY, words),
                Map.entry(Fields.TAGS, words), Map.entry(Fields.NOTES, words),
                Map.entry(Fields.PARTS, GermanAnalyzer.of(GermanAnalyzer.Level.EXTRAS))));
    }

    /** How a field's text became terms; the same analysis finds them again. */
    public Analyzer queryAnalyzer(String field) {
        return switch (field) {
            case Fields.TITLE_EN, Fields.BODY_EN -> english;
            case Fields.SPELLING, Fields.TITLE_EXACT, Fields.BODY_EXACT -> exact; // lower case, umlauts kept
            case Fields.TITLE_FOLDED, Fields.BODY_FOLDED, Fields.ALL_FOLDED -> folded;
            default -> stemmed;
        };
    }

    /** Other words for the words of a search (Hausdesk's, the cooperative's and OpenThesaurus's). */
    public Synonyms synonyms() {
        return synonyms;
    }

    /**
     * The whole index again from the database. Searches keep using the old index until the new one is
     * committed: no searcher is refreshed meanwhile, and no batch of changes is applied (they wait in the change
     * log). The rebuilt index's position is a little before the change log's end when it started, so that changes
     * made meanwhile are applied afterwards. A failed rebuild is rolled back.
     */
    public boolean rebuild() {
        return claimRebuild() && rebuildClaimed();
    }

    /**
     * Marks a rebuild as running (false when one already is): from here on no batch of changes is applied or
     * committed, so nothing commits the half-built index. Taken under the lock {@link #apply} holds.
     */
    public boolean claimRebuild() {
        synchronized (changes) {
            return rebuilding.compareAndSet(false, true);
        }
    }

    /** The rebuild itself, after {@link #claimRebuild()} succeeded. */
    public boolean rebuildClaimed() {
        long started = System.nanoTime();
        var count = new int[1];
        long upTo;
        try {
            upTo = source.lastChange();
            writer.deleteAll();
            source.all(entry -> {
                put(entry);
                count[0]++;
            });
            // one segment: every search looks up its terms per segment, and a rebuild leaves about ten (the 100,000
            // articles of the search benchmark: p50 17 -> 9-11 ms); later changes go into small segments as usual
            writer.forceMerge(1);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed; the old index stays", e);
            owesRebuild = true;
            rollBackUnlessClosed();
            rebuilding.set(false);
            return false;
        }
        long before = position;
        try {
            synchronized (changes) {
                position = Math.max(0, upTo - REPLAYED_AFTER_REBUILD);
                commit();
                searchers.maybeRefreshBlocking();
                rebuilds++;
                owesRebuild = false;
            }
            LOG.info(() -> "Search index rebuilt: %d documents in %d ms".formatted(count[0],
                    (System.nanoTime() - started) / 1_000_000));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Committing the rebuilt search index failed", e);
            owesRebuild = true;
            position = before;
            rollBackUnlessClosed();
            return false;
        } finally {
            rebuilding.set(false);
        }
    }

    /** As {@link #rollBack()}; when the index was closed meanwhile (the server stops), nothing is left to undo. */
    private void rollBackUnlessClosed() {
        try {
            rollBack();
        } catch (org.apache.lucene.store.AlreadyClosedException | UncheckedIOException stopped) {
            LOG.info("The search index was closed during the rebuild; its last commit stays");
        }
    }

    /** Forgets everything not committed (a half-done rebuild) and starts over from the last commit. */
    private void rollBack() {
        synchronized (changes) {
            if (closed) { // a new writer now would hold the index's lock after the server stopped
                throw new org.apache.lucene.store.AlreadyClosedException("the search index is closed");
            }
            try {
                writer.rollback();
                writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false));
                var old = searchers;
                searchers = new SearcherManager(writer, null);
                old.close();
            } catch (IOException e) {
                throw new UncheckedIOException("The search index cannot be reopened", e);
            }
        }
    }

    public boolean isRebuilding() {
        return rebuilding.get();
    }

    public boolean isOpen() {
        return searchers != null;
    }

    /** The change-log number up to which every change is in the index; -1 when unknown. */
    public long position() {
        return position;
    }

    /** Whether the last rebuild failed and none succeeded since ({@link IndexFollower} tries it again). */
    public boolean owesRebuild() {
        return owesRebuild;
    }

    /** How many rebuilds have completed since start: after one, the index's position moved back. */
    public int rebuilds() {
        return rebuilds;
    }

    /**
     * Applies a batch of changes and records the new position, with one commit and one refresh: searchable when
     * this returns. False (nothing recorded) while a rebuild runs or when the index cannot be written; the
     * changes stay in the change log and come again.
     */
    public boolean apply(Collection<Change> batch, long newPosition) {
        synchronized (changes) {
            if (writer == null || rebuilding.get()) {
                return false;
            }
            long before = position;
            try {
                for (var change : batch) {
                    if (change.entry().isPresent()) {
                        put(change.entry().get());
                    } else {
                        writer.deleteDocuments(new Term(Fields.ID, change.type() + ":" + change.key()));
                    }
                }
                position = newPosition;
                commit();
                searchers.maybeRefreshBlocking();
                return true;
            } catch (IOException | RuntimeException e) {
                position = before;
                LOG.log(Level.WARNING, "Could not index %d changes; they come again".formatted(batch.size()), e);
                return false;
            }
        }
    }

    private void put(IndexEntry entry) {
        try {
            writer.updateDocument(new Term(Fields.ID, entry.id()), document(entry));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Searched text, stored for snippets, with offsets in the postings so snippets need no re-analysis. */
    private static final FieldType TEXT;

    static {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        TEXT = type;
        var words = new FieldType();
        words.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        words.setTokenized(true);
        words.freeze();
        WORDS = words;
        var docs = new FieldType();
        docs.setIndexOptions(IndexOptions.DOCS);
        docs.setTokenized(true);
        docs.setOmitNorms(true);
        docs.freeze();
        DOCS = docs;
    }

    /** Words and how often they occur, for scoring; no positions, nothing stored. */
    private static final FieldType WORDS;
    /** Only which documents have a word: the cheapest field to count hits on. */
    private static final FieldType DOCS;

    static Document document(IndexEntry entry) {
        var doc = new Document();
        doc.add(new StringField(Fields.ID, entry.id(), Field.Store.YES));
        doc.add(new StringField(Fields.TYPE, entry.type(), Field.Store.YES));
        doc.add(new StringField(Fields.KEY, entry.key(), Field.Store.YES));
        boolean english = "en".equals(entry.language());
        doc.add(new Field(english ? Fields.TITLE_EN : Fields.TITLE, entry.title(), TEXT));
        doc.add(new Field(english ? Fields.BODY_EN : Fields.BODY, entry.body(), TEXT));
        if (!entry.tags().isEmpty()) {
            doc.add(new Field(Fields.TAGS, String.join(" ", entry.tags()), TEXT));
        }
        if (!english) {
            var tagged = entry.body() + "\n" + String.join(" ", entry.tags());
            doc.add(new Field(Fields.TITLE_EXACT, entry.title(), WORDS));
            doc.add(new Field(Fields.BODY_EXACT, tagged, WORDS));
            doc.add(new Field(Fields.TITLE_FOLDED, entry.title(), WORDS));
            doc.add(new Field(Fields.BODY_FOLDED, tagged, WORDS));
            var all = entry.title() + "\n" + tagged;
            doc.add(new Field(Fields.ALL, all, DOCS));
            doc.add(new Field(Fields.PARTS, all, WORDS));
            doc.add(new Field(Fields.ALL_FOLDED, all, DOCS));
        }
        if (entry.notes() != null && !entry.notes().isBlank()) {
            doc.add(new Field(Fields.NOTES, entry.notes(), TEXT));
        }
        doc.add(new StringField(Fields.CATEGORY, entry.category(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.CATEGORY, new BytesRef(entry.category())));
        doc.add(new StringField(Fields.STATE, entry.state(), Field.Store.YES));
        doc.add(new StringField(Fields.LANGUAGE, entry.language(), Field.Store.YES));
        if (entry.visibility() != null) {
            doc.add(new StringField(Fields.VISIBILITY, entry.visibility(), Field.Store.YES));
        }
        if (entry.house() != null) {
            doc.add(new StringField(Fields.HOUSE, entry.house().toString(), Field.Store.YES));
        }
        if (entry.escalation() != null) {
            doc.add(new StringField(Fields.ESCALATION, entry.escalation(), Field.Store.YES));
        }
        if (entry.filed() != null) {
            doc.add(new LongPoint(Fields.FILED, entry.filed().toEpochMilli()));
            doc.add(new StoredField(Fields.FILED, entry.filed().toEpochMilli()));
            doc.add(new StringField(Fields.OUTAGE, entry.outage() == null ? Fields.NO_OUTAGE : entry.outage().toString(),
                    Field.Store.YES));
        }
        if (Fields.ARTICLE.equals(entry.type()) && entry.articleHouse() != null) {
            doc.add(new StringField(Fields.ARTICLE_HOUSE, entry.articleHouse(), Field.Store.YES));
            doc.add(new StringField(Fields.HOUSE_ARTICLE, Fields.YES, Field.Store.NO));
        }
        // "Meinten Sie …?" draws on public articles for all houses only: no house's own words reach other houses
        if (Fields.ARTICLE.equals(entry.type()) && "PUBLIC".equals(entry.visibility()) && entry.articleHouse() == null) {
            doc.add(new TextField(Fields.SPELLING, entry.title() + "\n" + entry.body() + "\n"
                    + String.join(" ", entry.tags()), Field.Store.NO));
            doc.add(new Field(Fields.PUBLIC, entry.title() + "\n" + entry.body() + "\n" + String.join(" ", entry.tags()),
                    DOCS));
        }
        return doc;
    }

    private void commit() throws IOException {
        var data = new HashMap<String, String>();
        data.put(ANALYSIS, GermanAnalyzer.VERSION);
        if (position >= 0) {
            data.put(CHANGES, Long.toString(position));
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    public IndexSearcher acquire() throws IOException {
        if (searchers == null) {
            throw new IllegalStateException("The search index is not open yet");
        }
        return searchers.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** Taken under the lock a rollback holds: a rebuild that fails while the server stops reopens nothing. */
    @PreDestroy
    synchronized void close() {
        synchronized (changes) {
            closed = true;
            try {
                if (searchers != null) {
                    searchers.close();
                }
                if (writer != null) {
                    writer.close();
                }
                if (directory != null) {
                    directory.close();
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Closing the search index failed", e);
            }
        }
    }
}
