package org.hausdesk.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.hausdesk.platform.control.RateLimits;
import org.hausdesk.platform.control.Html;
import org.hausdesk.ticket.entity.Category;

/**
 * Searching: plain text in, never query syntax. Exact (analysed) matches in titles weigh most, then
 * phrases, tags and text; a fuzzy match only counts for words of five letters or more and scores so
 * little that it never ranks above an exact match. Who may see what is a filter inside the query.
 */
@ApplicationScoped
public class Search {

    /** Longer input is cut: nobody types more, and it keeps every query fast. */
    public static final int MAX_QUERY = 200;
    private static final int MAX_WORDS = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final float FUZZY_SCORE = 1e-6f;

    @Inject
    SearchIndex index;

    @Inject
    RateLimits limits;

    public record Hit(String type, String key, String title, String snippet, String category, float score) {
    }

    public record Result(String query, long total, List<Hit> hits, Map<String, Long> categories, String didYouMean) {
    }

    public Result search(String text, Scope scope, Category category, boolean articlesOnly, int offset, int limit) {
        limits.take(RateLimits.Operation.SEARCH);
        return search(text, scope, category, articlesOnly, offset, limit, true);
    }

    /**
     * The best articles for a resident's draft request, while they type: no category counts, so only
     * the best hits are scored (the total is exact up to 1,000).
     */
    public List<Hit> suggest(String text, int limit) {
        limits.take(RateLimits.Operation.SEARCH);
        return search(text, Scope.RESIDENT, null, true, 0, limit, false).hits();
    }

    private Result search(String text, Scope scope, Category category, boolean articlesOnly, int offset, int limit,
                          boolean withCounts) {
        var cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return new Result(cleaned, 0, List.of(), Map.of(), null);
        }
        IndexSearcher searcher = null;
        try {
            searcher = index.acquire();
            var fuzzy = fuzzy(cleaned, searcher);
            var relevance = relevance(cleaned, scope, fuzzy);
            var access = access(scope, articlesOnly);
            int wanted = Math.clamp(limit, 1, 50);
            int first = Math.clamp(offset, 0, 1000);
            // Two passes: the best hits, scored with skipping (Lucene stops counting at 1,000), and the
            // counts per category, which must visit every hit but need no scores.
            Map<String, Long> counts = Map.of();
            long total = -1;
            if (withCounts) {
                counts = searcher.search(filtered(matching(cleaned, scope, fuzzy), access, null), new CategoryCounts());
                total = category == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                        : counts.getOrDefault(category.name(), 0L);
            }
            var top = searcher.search(filtered(relevance, access, category),
                    new TopScoreDocCollectorManager(first + wanted, 1000));
            if (total < 0) {
                total = top.totalHits.value();
            }
            var docs = top.scoreDocs;
            var page = java.util.Arrays.copyOfRange(docs, Math.min(docs.length, first), docs.length);
            var snippets = snippets(searcher, relevance, page);
            var hits = new ArrayList<Hit>();
            for (int i = 0; i < page.length; i++) {
                var doc = searcher.storedFields().document(page[i].doc);
                hits.add(new Hit(doc.get(Fields.TYPE), doc.get(Fields.KEY), title(doc), snippets[i], doc.get(Fields.CATEGORY),
                        page[i].score));
            }
            var categories = new LinkedHashMap<String, Long>();
            for (var c : Category.values()) {
                if (counts.containsKey(c.name())) {
                    categories.put(c.name(), counts.get(c.name()));
                }
            }
            return new Result(cleaned, total, hits, categories, total == 0 ? didYouMean(searcher, cleaned) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** Similar documents to a piece of text (a ticket being worked on): solved tickets and articles. */
    public List<Hit> similar(String text, Scope scope, String excludeId, int limit) {
        IndexSearcher searcher = null;
        try {
            searcher = index.acquire();
            var mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(index.queryAnalyzer(Fields.BODY));
            mlt.setFieldNames(new String[] {Fields.TITLE, Fields.BODY});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(25);
            var like = mlt.like(Fields.BODY, new StringReader(clip(text, 5000)));
            var solvedOrArticle = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)), Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.STATE, "SOLVED")), Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.STATE, "CLOSED")), Occur.SHOULD)
                    .build();
            var query = new BooleanQuery.Builder().add(like, Occur.MUST).add(access(scope, false), Occur.FILTER)
                    .add(solvedOrArticle, Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ID, excludeId == null ? "" : excludeId)), Occur.MUST_NOT)
                    .build();
            var hits = new ArrayList<Hit>();
            for (var scoreDoc : searcher.search(query, Math.clamp(limit, 1, 20)).scoreDocs) {
                var doc = searcher.storedFields().document(scoreDoc.doc);
                hits.add(new Hit(doc.get(Fields.TYPE), doc.get(Fields.KEY), title(doc), null, doc.get(Fields.CATEGORY),
                        scoreDoc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** Lucene syntax means nothing here: only words and numbers are kept, at most {@value #MAX_WORDS} of them. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        var words = new ArrayList<String>();
        var matcher = WORD.matcher(clip(text, MAX_QUERY * 4));
        while (matcher.find() && words.size() < MAX_WORDS) {
            words.add(matcher.group());
        }
        return clip(String.join(" ", words), MAX_QUERY);
    }

    private Query relevance(String text, Scope scope, Query fuzzy) {
        var builder = new BooleanQuery.Builder();
        addField(builder, Fields.TITLE, text, 4f, 3f);
        addField(builder, Fields.BODY, text, 1f, 2f);
        addField(builder, Fields.TAGS, text, 2f, 0f);
        addField(builder, Fields.TITLE_EN, text, 4f, 3f);
        addField(builder, Fields.BODY_EN, text, 1f, 2f);
        if (scope.staff()) {
            addField(builder, Fields.NOTES, text, 0.5f, 0f);
        }
        if (fuzzy != null) {
            builder.add(new BoostQuery(new ConstantScoreQuery(fuzzy), FUZZY_SCORE), Occur.SHOULD);
        }
        return builder.build();
    }

    /**
     * Exactly the documents {@link #relevance} matches (phrases only ever match where their words do),
     * without scores and on one words-only field: for counting.
     */
    private Query matching(String text, Scope scope, Query fuzzy) {
        var builder = new BooleanQuery.Builder();
        addField(builder, Fields.ALL, text, 1f, 0f);
        addField(builder, Fields.TITLE_EN, text, 1f, 0f);
        addField(builder, Fields.BODY_EN, text, 1f, 0f);
        addField(builder, Fields.TAGS, text, 1f, 0f);
        if (scope.staff()) {
            addField(builder, Fields.NOTES, text, 1f, 0f);
        }
        if (fuzzy != null) {
            builder.add(fuzzy, Occur.SHOULD);
        }
        return new ConstantScoreQuery(builder.build());
    }

    /**
     * Typos: only a word the index does not know is looked up fuzzily (a known word is taken as meant),
     * which keeps fuzzy expansion off the common words, where it would cost most and help least.
     */
    private Query fuzzy(String text, IndexSearcher searcher) throws IOException {
        var fuzzy = new BooleanQuery.Builder();
        var folded = (GermanAnalyzer) index.queryAnalyzer(Fields.BODY);
        var reader = searcher.getIndexReader();
        for (var word : text.split(" ")) {
            if (word.length() < 5) {
                continue;
            }
            int edits = word.length() >= 8 ? 2 : 1;
            var terms = folded.terms(word);
            boolean known = false;
            for (var term : terms) {
                known |= reader.docFreq(new Term(Fields.ALL, term)) > 0;
            }
            if (known) {
                continue;
            }
            for (var term : terms) {
                if (term.length() >= 4) {
                    fuzzy.add(new FuzzyQuery(new Term(Fields.ALL, term), edits, 1), Occur.SHOULD);
                }
            }
        }
        var query = fuzzy.build();
        return query.clauses().isEmpty() ? null : query;
    }

    private void addField(BooleanQuery.Builder builder, String field, String text, float boost, float phraseBoost) {
        var queries = new QueryBuilder(index.queryAnalyzer(field));
        var words = queries.createBooleanQuery(field, text, Occur.SHOULD);
        if (words != null) {
            builder.add(new BoostQuery(words, boost), Occur.SHOULD);
        }
        if (phraseBoost > 0 && text.indexOf(' ') > 0) {
            var phrase = queries.createPhraseQuery(field, text, 2);
            if (phrase != null) {
                builder.add(new BoostQuery(phrase, phraseBoost), Occur.SHOULD);
            }
        }
    }

    /** The access rule as part of the query: nothing the caller may not see can ever be a hit. */
    static Query access(Scope scope, boolean articlesOnly) {
        var publicArticle = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.VISIBILITY, "PUBLIC")), Occur.FILTER)
                .build();
        if (!scope.staff()) {
            return publicArticle;
        }
        var article = new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE));
        if (articlesOnly) {
            return article;
        }
        if (scope.coordinator()) {
            return new BooleanQuery.Builder().add(article, Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.TICKET)), Occur.SHOULD).build();
        }
        var visibleTicket = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ESCALATION, "SHARED")), Occur.SHOULD);
        for (var house : scope.houses()) {
            visibleTicket.add(new TermQuery(new Term(Fields.HOUSE, house.toString())), Occur.SHOULD);
        }
        var ticket = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TICKET)), Occur.FILTER)
                .add(visibleTicket.build(), Occur.FILTER)
                .build();
        return new BooleanQuery.Builder().add(article, Occur.SHOULD).add(ticket, Occur.SHOULD).build();
    }

    private static Query filtered(Query relevance, Query access, Category category) {
        var builder = new BooleanQuery.Builder().add(relevance, Occur.MUST).add(access, Occur.FILTER);
        if (category != null) {
            builder.add(new TermQuery(new Term(Fields.CATEGORY, category.name())), Occur.FILTER);
        }
        return builder.build();
    }

    private String[] snippets(IndexSearcher searcher, Query relevance, org.apache.lucene.search.ScoreDoc[] page)
            throws IOException {
        var snippets = new String[page.length];
        if (page.length == 0) {
            return snippets;
        }
        var highlighter = UnifiedHighlighter.builder(searcher, index.queryAnalyzer(Fields.BODY))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(10_000)
                .build();
        var docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        var fields = highlighter.highlightFields(new String[] {Fields.BODY, Fields.BODY_EN}, relevance, docIds,
                new int[] {1, 1});
        for (int i = 0; i < page.length; i++) {
            var german = fields.get(Fields.BODY)[i];
            var english = fields.get(Fields.BODY_EN)[i];
            snippets[i] = german != null ? german : english;
            if (snippets[i] == null) {
                var doc = searcher.storedFields().document(page[i].doc);
                var body = doc.get(Fields.BODY) != null ? doc.get(Fields.BODY) : doc.get(Fields.BODY_EN);
                snippets[i] = body == null ? "" : Html.escape(clip(body, 160));
            }
        }
        return snippets;
    }

    /** "Meinten Sie ...?": each word not found replaced by the closest word of a public article, if any. */
    private String didYouMean(IndexSearcher searcher, String text) throws IOException {
        var spell = new DirectSpellChecker();
        spell.setMinQueryLength(4);
        var reader = searcher.getIndexReader();
        var corrected = new ArrayList<String>();
        boolean changed = false;
        for (var word : text.toLowerCase(java.util.Locale.GERMAN).split(" ")) {
            var term = new Term(Fields.SPELLING, word);
            if (reader.docFreq(term) == 0) {
                var suggestions = spell.suggestSimilar(term, 1, reader);
                if (suggestions.length > 0) {
                    corrected.add(suggestions[0].string);
                    changed = true;
                    continue;
                }
            }
            corrected.add(word);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    private static String title(org.apache.lucene.document.Document doc) {
        return doc.get(Fields.TITLE) != null ? doc.get(Fields.TITLE) : doc.get(Fields.TITLE_EN);
    }

    private void release(IndexSearcher searcher) {
        if (searcher != null) {
            try {
                index.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
