package org.hausdesk.search.control;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A search index of given entries in a folder of a test, and a search on it: no container, no database. */
final class TestIndexes {

    private TestIndexes() {
    }

    static SearchIndex open(Path dir, List<IndexEntry> entries) throws IOException {
        var index = of(dir, entries);
        index.open();
        return index;
    }

    /** Not opened yet: opening builds it (for timing the build). */
    static SearchIndex of(Path dir, List<IndexEntry> entries) {
        var index = new SearchIndex();
        index.settings = new SearchConfig();
        index.settings.indexDir = dir.toString();
        index.settings.synonymsFile = Optional.empty();
        index.source = new SearchSource() {
            @Override
            public long lastChange() {
                return 0;
            }

            @Override
            public void all(Consumer<IndexEntry> sink) {
                entries.forEach(sink);
            }
        };
        return index;
    }

    static Search search(SearchIndex index) {
        var search = new Search();
        search.limits = new org.hausdesk.platform.control.RateLimits();
        search.index = index;
        return search;
    }
}
