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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.hausdesk.platform.control.RateLimits;
import org.hausdesk.platform.control.Html;
import org.hausdesk.ticket.entity.Category;

/**
 * Searching: plain text in, never query syntax. What a search looks for, and how each kind of match
 * weighs, is {@link QueryPlan}'s; who may see what is a filter inside the query.
 */
@ApplicationScoped
public class Search {

    /** Longer input is cut: nobody types more, and it keeps every query fast. */
    public static final int MAX_QUERY = 200;
    private static final int MAX_WORDS = 12;
    /** How many hits of the rough first ranking the full ranking sees. */
    static final int CANDIDATES = 100;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Inject
    SearchIndex index;

    @Inject
    RateLimits limits;

    /** @param house the house (slug) a house article is for, else null */
    public record Hit(String type, String key, String title, String snippet, String category, float score,
                      String house) {

        static String house(org.apache.lucene.document.Document doc) {
            return doc.get(Fields.ARTICLE_HOUSE);
        }
    }

    /**
     * @param corrected  the words searched for when a typo was corrected ("passwort vergessen" for "pasword
     *                   vergesen"), else null
     * @param didYouMean when nothing was found: the closest words of the public articles, else null
     */
    public record Result(String query, long total, List<Hit> hits, Map<String, Long> categories, String didYouMean,
                         String corrected) {
    }

    public Result search(String text, Scope scope, Category category, boolean articlesOnly, int offset, int limit) {
        limits.take(RateLimits.Operation.SEARCH);
        return search(text, scope, category, articlesOnly, offset, limit, true);
    }

    /**
     * The best articles for a resident's draft request, while they type: no category counts, so only
     * the best hits are scored (the total is exact up to 1,000).
     */
    public List<Hit> suggest(String text, String house, int limit) {
        limits.take(RateLimits.Operation.SEARCH);
        return search(text, Scope.resident(house), null, true, 0, limit, false).hits();
    }

    private Result search(String text, Scope scope, Category category, boolean articlesOnly, int offset, int limit,
                          boolean withCounts) {
        var cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return new Result(cleaned, 0, List.of(), Map.of(), null, null);
        }
        IndexSearcher searcher = null;
        try {
            searcher = index.acquire();
            var plan = new QueryPlan(index, searcher.getIndexReader(), scope.staff()).plan(cleaned);
            if (plan == null) {
                return new Result(cleaned, 0, List.of(), Map.of(), didYouMean(searcher, cleaned), null);
            }
            var relevance = plan.query();
            var access = access(scope, articlesOnly);
            int wanted = Math.clamp(limit, 1, 50);
            int first = Math.clamp(offset, 0, 1000);
            // Two passes: the best hits, scored with skipping (Lucene stops counting at 1,000), and the
            // counts per category, which must visit every hit but need no scores.
            Map<String, Long> counts = Map.of();
            long total = -1;
            if (withCounts) {
                counts = searcher.search(filtered(plan.matching(), access, null), new CategoryCounts());
                total = category == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                        : counts.getOrDefault(category.name(), 0L);
            }
            // The best few hundred by plain term queries (fast, even among 100,000 hits), then ranked by the plan's
            // query, which weighs every kind of match but would be slow to run over all of them.
            // a fixed window (100, or 1,000 beyond the tenth page), so that pages follow one ranking
            int candidates = first + wanted <= CANDIDATES ? CANDIDATES : 1000 + wanted;
            var rough = searcher.search(filtered(plan.candidates(), access, category),
                    new TopScoreDocCollectorManager(candidates, 1000));
            if (total < 0) {
                total = rough.totalHits.value();
            }
            var top = rank(searcher, rough, relevance, first + wanted);
            var docs = top.scoreDocs;
            var page = java.util.Arrays.copyOfRange(docs, Math.min(docs.length, first), docs.length);
            var snippets = snippets(searcher, plan.highlight(), page);
            var hits = new ArrayList<Hit>();
            for (int i = 0; i < page.length; i++) {
                var doc = searcher.storedFields().document(page[i].doc);
                hits.add(new Hit(doc.get(Fields.TYPE), doc.get(Fields.KEY), title(doc), snippets[i], doc.get(Fields.CATEGORY),
                        page[i].score, Hit.house(doc)));
            }
            var categories = new LinkedHashMap<String, Long>();
            for (var c : Category.values()) {
                if (counts.containsKey(c.name())) {
                    categories.put(c.name(), counts.get(c.name()));
                }
            }
            return new Result(cleaned, total, hits, categories, total == 0 ? didYouMean(searcher, cleaned) : null,
                    total == 0 ? null : plan.corrected());
        } catch (IndexSearcher.TooManyClauses e) {
            var half = firstHalf(cleaned, e);
            release(searcher);
            searcher = null;
            return search(half, scope, category, articlesOnly, offset, limit, withCounts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /**
     * The numbers of the tickets a helper's queue search finds by their words, best first: tickets only, in the
     * helper's scope, and only those scoring at least {@value #QUEUE_SHARE} of the best, so that one common word
     * of a longer search does not bring in every ticket that has it.
     */
    public List<String> ticketNumbers(String text, Scope scope, int limit) {
        var cleaned = clean(text);
        if (cleaned.isEmpty() || !scope.staff()) {
            return List.of();
        }
        IndexSearcher searcher = null;
        try {
            searcher = index.acquire();
            var plan = new QueryPlan(index, searcher.getIndexReader(), true).plan(cleaned);
            if (plan == null) {
                return List.of();
            }
            var tickets = new BooleanQuery.Builder().add(access(scope, false), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.TICKET)), Occur.FILTER).build();
            int wanted = Math.clamp(limit, 1, 1000);
            var rough = searcher.search(filtered(plan.candidates(), tickets, null),
                    new TopScoreDocCollectorManager(Math.max(CANDIDATES, wanted), 1000));
            var top = rank(searcher, rough, plan.query(), wanted);
            var numbers = new ArrayList<String>();
            var docs = top.scoreDocs;
            for (var doc : docs) {
                if (doc.score <= 0 || doc.score < docs[0].score * QUEUE_SHARE) {
                    break;
                }
                numbers.add(searcher.storedFields().document(doc.doc).get(Fields.KEY));
            }
            return numbers;
        } catch (IndexSearcher.TooManyClauses e) {
            var half = firstHalf(cleaned, e);
            release(searcher);
            searcher = null;
            return ticketNumbers(half, scope, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    static final float QUEUE_SHARE = 0.3f;

    /** The rough candidates ranked by the plan's full query alone (a candidate it does not match scores 0). */
    private static TopDocs rank(IndexSearcher searcher, TopDocs rough, Query relevance, int n) throws IOException {
        return new QueryRescorer(relevance) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : 0;
            }
        }.rescore(searcher, rough, n);
    }

    /** Twelve words, each with all its forms and synonyms, can exceed Lucene's limit: the first half then. */
    private static String firstHalf(String cleaned, IndexSearcher.TooManyClauses tooMany) {
        var words = cleaned.split(" ");
        if (words.length <= 1) {
            throw tooMany;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, words.length / 2));
    }

    /** Similar documents to a piece of text (a ticket being worked on): solved tickets and articles. */
    public List<Hit> similar(String text, Scope scope, String excludeId, int limit) {
        IndexSearcher searcher = null;
        try {
            searcher = index.acquire();
            var mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(GermanAnalyzer.forLongText());
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
                        scoreDoc.score, Hit.house(doc)));
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

    /** The access rule as part of the query: nothing the caller may not see can ever be a hit. */
    static Query access(Scope scope, boolean articlesOnly) {
        // articles for all houses, and those of the searcher's houses (coordinators: every house's)
        var articleHouses = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(new org.apache.lucene.search.MatchAllDocsQuery(), Occur.MUST)
                        .add(new TermQuery(new Term(Fields.HOUSE_ARTICLE, Fields.YES)), Occur.MUST_NOT).build(),
                        Occur.SHOULD);
        scope.houseSlugs().forEach(slug -> articleHouses.add(new TermQuery(new Term(Fields.ARTICLE_HOUSE, slug)),
                Occur.SHOULD));
        var article = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)), Occur.FILTER);
        if (!scope.coordinator()) {
            article.add(articleHouses.build(), Occur.FILTER);
        }
        if (!scope.staff()) {
            return article.add(new TermQuery(new Term(Fields.VISIBILITY, "PUBLIC")), Occur.FILTER).build();
        }
        if (articlesOnly) {
            return article.build();
        }
        if (scope.coordinator()) {
            return new BooleanQuery.Builder().add(article.build(), Occur.SHOULD)
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
        return new BooleanQuery.Builder().add(article.build(), Occur.SHOULD).add(ticket, Occur.SHOULD).build();
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
