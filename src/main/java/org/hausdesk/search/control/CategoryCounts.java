package org.hausdesk.search.control;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Counts the hits per category in the same pass that finds the best hits (no query per category). */
final class CategoryCounts implements CollectorManager<CategoryCounts.Counter, Map<String, Long>> {

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Map<String, Long> reduce(Collection<Counter> counters) {
        var total = new HashMap<String, Long>();
        counters.forEach(c -> c.counts.forEach((k, v) -> total.merge(k, v, Long::sum)));
        return total;
    }

    static final class Counter implements Collector {

        private final Map<String, Long> counts = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            var values = DocValues.getSorted(context.reader(), Fields.CATEGORY);
            var perOrdinal = new long[values.getValueCount()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counting needs no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (values.advanceExact(doc)) {
                        perOrdinal[values.ordValue()]++;
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int ord = 0; ord < perOrdinal.length; ord++) {
                        if (perOrdinal[ord] > 0) {
                            counts.merge(values.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
