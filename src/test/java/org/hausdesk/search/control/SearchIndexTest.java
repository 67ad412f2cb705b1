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

/** The index's life cycle: rebuilds never show a half-built index, lose no change, and repair a broken index. */
class SearchIndexTest {

    @TempDir
    Path dir;

    private final Map<String, IndexEntry> database = new ConcurrentHashMap<>();
    private volatile CountDownLatch halfway;
    private volatile CountDownLatch goOn;
    private volatile boolean failHalfway;
    private SearchIndex index;

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

            @Override
            public Optional<IndexEntry> article(String slug) {
                return Optional.ofNullable(database.get(slug));
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

    @Test
    void searchesSeeTheOldIndexWhileARebuildRunsAndChangesMeanwhileAreKept() throws Exception {
        fill(0, 10);
        index = open();
        assertEquals(10, articles());

        fill(10, 200);
        halfway = new CountDownLatch(1);
        goOn = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var rebuilt = pool.submit(index::rebuild);
            await(halfway);
            assertEquals(10, articles(), "half a rebuild is never visible");
            database.put("late", article("late"));
            index.refresh(Fields.ARTICLE, "late", Optional.of(article("late")));
            assertEquals(10, articles(), "nor is it after a change during the rebuild");
            assertFalse(index.rebuild(), "one rebuild at a time");
            goOn.countDown();
            assertTrue(rebuilt.get(10, TimeUnit.SECONDS));
        }
        assertEquals(201, articles(), "all 200, and the change made during the rebuild");
    }

    @Test
    void aFailedRebuildLeavesTheOldIndexInPlace() throws Exception {
        fill(0, 10);
        index = open();
        fill(10, 100);
        failHalfway = true;

        assertFalse(index.rebuild());
        assertEquals(10, articles());
        index.refresh(Fields.ARTICLE, "a50", Optional.of(article("a50")));
        assertEquals(11, articles(), "a later change commits no half-built state");
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
