package org.hausdesk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's life cycle: rebuilds never show a half-built index and lose no change, a broken index is repaired,
 * and every commit records how far in the change log the index is, which survives a reopen.
 */
class SearchIndexTest {

    @TempDir
    Path dir;

    private final Map<String, IndexEntry> database = new ConcurrentHashMap<>();
    private volatile CountDownLatch halfway;
    private volatile CountDownLatch goOn;
    private volatile boolean failHalfway;
    private SearchIndex index;
    private volatile long lastChange;

    private static IndexEntry article(String slug) {
        return new IndexEntry(Fields.ARTICLE, slug, "Titel " + slug, "Text über die Cloud", List.of(), null,
                "CLOUD_FILES", "PUBLIC", null, null, "PUBLISHED", "de");
    }

    private SearchIndex open() throws Exception {
        var opened = new SearchIndex();
        opened.settings = new SearchConfig();
        opened.settings.indexDir = dir.resolve("index").toString();
        opened.settings.synonymsFile = Optional.empty();
        opened.source = new SearchSource() {
            @Override
            public long lastChange() {
                return lastChange;
            }

            @Override
            public void all(Consumer<IndexEntry> sink) {
                int i = 0;
                for (var entry : List.copyOf(database.values())) {
                    if (i++ == database.size() / 2) {
                        if (halfway != null) {
                            halfway.countDown();
                            await(goOn);
                        }
                        if (failHalfway) {
                            throw new IllegalStateException("database gone");
                        }
                    }
                    sink.accept(entry);
                }
            }
        };
        opened.open();
        return opened;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private int articles() throws Exception {
        var searcher = index.acquire();
        try {
            return searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)));
        } finally {
            index.release(searcher);
        }
    }

    private void fill(int from, int to) {
        for (int i = from; i < to; i++) {
            database.put("a" + i, article("a" + i));
        }
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    private static SearchIndex.Change change(String slug) {
        return new SearchIndex.Change(Fields.ARTICLE, slug, Optional.of(article(slug)));
    }

    @Test
    void searchesSeeTheOldIndexWhileARebuildRunsAndChangesMeanwhileWaitInTheLog() throws Exception {
        fill(0, 10);
        index = open();
        assertEquals(10, articles());

        fill(10, 200);
        lastChange = 5_000;
        halfway = new CountDownLatch(1);
        goOn = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var rebuilt = pool.submit(index::rebuild);
            await(halfway);
            assertEquals(10, articles(), "half a rebuild is never visible");
            assertFalse(index.apply(List.of(change("late")), 5_001), "a change made meanwhile waits in the log");
            assertEquals(10, articles(), "nor is it visible");
            assertFalse(index.rebuild(), "one rebuild at a time");
            goOn.countDown();
            assertTrue(rebuilt.get(10, TimeUnit.SECONDS));
        }
        assertEquals(200, articles());
        assertEquals(5_000 - SearchIndex.REPLAYED_AFTER_REBUILD, index.position(),
                "the rebuilt index replays the changes made while it read the database");
        assertTrue(index.apply(List.of(change("late")), 5_001));
        assertEquals(201, articles(), "all 200, and the change made during the rebuild");
        assertEquals(5_001, index.position());
    }

    @Test
    void aFailedRebuildLeavesTheOldIndexInPlace() throws Exception {
        fill(0, 10);
        index = open();
        assertTrue(index.apply(List.of(), 7));
        fill(10, 100);
        failHalfway = true;

        assertFalse(index.rebuild());
        assertTrue(index.owesRebuild(), "the follower tries it again");
        assertEquals(10, articles());
        assertEquals(7, index.position(), "the old index's position stays");
        assertTrue(index.apply(List.of(change("a50")), 8));
        assertEquals(11, articles(), "a later change commits no half-built state");

        failHalfway = false;
        assertTrue(index.rebuild());
        assertFalse(index.owesRebuild());
        assertEquals(100, articles());
    }

    @Test
    void noChangeIsAppliedOnceARebuildIsDecidedAndStoppingMidRebuildCommitsNothing() throws Exception {
        fill(0, 10);
        index = open();
        assertTrue(index.apply(List.of(), 7));

        assertTrue(index.claimRebuild());
        assertFalse(index.apply(List.of(change("zu-frueh")), 8), "the index about to be replaced takes no changes");
        assertTrue(index.rebuildClaimed());

        fill(10, 100);
        halfway = new CountDownLatch(1);
        goOn = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var rebuilt = pool.submit(index::rebuild);
            await(halfway);
            index.close(); // the service is stopped in the middle of a rebuild
            goOn.countDown();
            assertFalse(rebuilt.get(10, TimeUnit.SECONDS), "the rebuild ends without a commit");
        }
        failHalfway = true; // a rebuild at the next start would fail: the old index must be intact and trusted
        index = open();
        assertEquals(10, articles(), "the half-built index was not committed");
    }

    @Test
    void thePositionInTheChangeLogSurvivesAReopenAndRemovedItemsLeave() throws Exception {
        fill(0, 5);
        index = open();
        assertTrue(index.apply(List.of(change("neu"), new SearchIndex.Change(Fields.ARTICLE, "a1", Optional.empty())), 42));
        index.close();
        database.clear(); // a rebuild would find nothing: the reopened index must not rebuild

        index = open();
        assertEquals(42, index.position());
        assertEquals(5, articles(), "a0, a2, a3, a4 and neu; a1 left");
    }

    @Test
    void aBrokenIndexIsRebuiltFromTheDatabaseAtStart() throws Exception {
        fill(0, 25);
        index = open();
        index.close();
        try (var files = Files.list(dir.resolve("index"))) {
            for (var file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        index = open();
        assertEquals(25, articles());
    }
}
