package org.hausdesk.search.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.hausdesk.kb.control.ArticleFiles;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.kb.entity.RevisionSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search quality over two corpora: the shipped kb-content (short, friendly FAQ) and a handbook
 * corpus written for this test (src/test/resources/search/corpus-handbuch: longer, manual-like
 * articles with the manuals' own terms). Each has German queries written as residents type them,
 * split into a tuning half and a test half; the test halves were written before anyone looked at a
 * ranking and are never tuned on. Prints recall@5 and MRR@10 per half and per kind of query beside a
 * plain StandardAnalyzer, and gates on the test half of each corpus.
 */
class SearchQualityTest {

    /**
     * The gate on each corpus's test half: the goal of #16, recall@5 0.95 and MRR 0.85 on both, reached on
     * 2026-12-02 (docs/search-quality.md has the figures), so that no change makes it worse.
     */
    static final double RECALL_AT_5 = 0.95;
    static final double MRR = 0.85;

    /** The handbook's categories, mapped to Hausdesk's for the test (the category only filters). */
    private static final java.util.Map<String, String> HANDBOOK_CATEGORIES = java.util.Map.of("sharing", "cloud-files",
            "sync-client", "cloud-files", "mobile", "device", "calendar-contacts", "other", "chat", "messenger",
            "accessibility", "device");

    @TempDir
    static Path indexDir;

    record Case(String query, Set<String> expected, String type, String half) {
    }

    record Corpus(String name, List<Article> articles, List<Case> cases, SearchIndex index, Search search) {
    }

    private static final List<Corpus> corpora = new ArrayList<>();

    @BeforeAll
    static void indexBothCorpora() throws Exception {
        corpora.add(corpus("kb-content", shippedArticles(), cases()));
        corpora.add(corpus("handbuch", articles(Path.of("src/test/resources/search/corpus-handbuch"), HANDBOOK_CATEGORIES),
                cases("/search/queries-handbuch.tsv")));
    }

    private static Corpus corpus(String name, List<Article> articles, List<Case> cases) throws IOException {
        var index = TestIndexes.open(indexDir.resolve(name), articles.stream().map(SearchSource::entry).toList());
        return new Corpus(name, articles, cases, index, TestIndexes.search(index));
    }

    @AfterAll
    static void close() {
        corpora.forEach(c -> c.index().close());
    }

    static List<Article> shippedArticles() throws IOException {
        return articles(Path.of("kb-content"), java.util.Map.of());
    }

    static List<Article> articles(Path root, java.util.Map<String, String> categories) throws IOException {
        var list = new ArrayList<Article>();
        for (var file : ArticleFiles.articleFiles(root)) {
            try {
                var folder = file.getParent().getFileName().toString();
                var category = categories.getOrDefault(folder, folder);
                var text = Files.readString(file, StandardCharsets.UTF_8)
                        .replaceFirst("(?m)^category: .*$", "category: " + category);
                var parsed = ArticleFiles.parse(category, file.getFileName().toString(), text);
                var article = new Article(parsed.slug(), parsed.content(), null, "kb-content", RevisionSource.IMPORT,
                        java.time.Instant.now());
                article.importedAsNew(parsed.hash(), java.time.Instant.now());
                list.add(article);
            } catch (ArticleFiles.BadFile e) {
                throw new IllegalStateException(file + ": " + e.getMessage());
            }
        }
        return list;
    }

    /** The queries for the shipped kb-content, both halves. */
    static List<Case> cases() throws IOException {
        var cases = new ArrayList<>(cases("/search/quality-queries.tsv"));
        cases.addAll(cases("/search/queries-kb-tune.tsv"));
        cases.addAll(cases("/search/queries-kb-test.tsv"));
        return cases;
    }

    /** query TAB slugs [TAB type TAB half]; the first, older file has no type and is all tuning. */
    static List<Case> cases(String resource) throws IOException {
        var cases = new ArrayList<Case>();
        try (var in = SearchQualityTest.class.getResourceAsStream(resource)) {
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var parts = line.split("\t");
                cases.add(new Case(parts[0], Set.of(parts[1].split(",")), parts.length > 2 ? parts[2] : "mixed",
                        parts.length > 3 ? parts[3] : "tune"));
            }
        }
        return cases;
    }

    record Quality(double recallAt5, double mrr, List<String> misses) {
    }

    static Quality measure(List<Case> cases, BiFunction<String, Integer, List<String>> engine) {
        double found = 0;
        double reciprocal = 0;
        var misses = new ArrayList<String>();
        for (var c : cases) {
            var ranked = engine.apply(c.query(), 10);
            int rank = 0;
            for (int i = 0; i < ranked.size(); i++) {
                if (c.expected().contains(ranked.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            if (rank >= 1 && rank <= 5) {
                found++;
                if (rank > 1) {
                    misses.add("rank " + rank + ": " + c.type() + " \"" + c.query() + "\" -> "
                            + ranked.stream().limit(rank - 1).toList());
                }
            } else {
                misses.add(c.type() + " \"" + c.query() + "\" -> " + ranked.stream().limit(3).toList() + " wanted "
                        + c.expected());
            }
            reciprocal += rank == 0 ? 0 : 1.0 / rank;
        }
        return new Quality(cases.isEmpty() ? 0 : found / cases.size(), cases.isEmpty() ? 0 : reciprocal / cases.size(),
                misses);
    }

    /**
     * Hausdesk's search as the one who would ask: a resident, or a helper where the answer is an article for
     * helpers only (which a resident's search never shows).
     */
    private static BiFunction<String, Integer, List<String>> hausdesk(Corpus corpus) {
        var forHelpers = corpus.articles().stream()
                .filter(a -> a.content().visibility() == org.hausdesk.kb.entity.Visibility.HELPERS)
                .map(Article::slug).collect(java.util.stream.Collectors.toSet());
        var helpersAsk = corpus.cases().stream().filter(c -> c.expected().stream().anyMatch(forHelpers::contains))
                .map(Case::query).collect(java.util.stream.Collectors.toSet());
        var helper = new Scope(true, false, Set.of());
        return (query, limit) -> corpus.search().search(query, helpersAsk.contains(query) ? helper : Scope.RESIDENT,
                null, true, 0, limit).hits().stream().map(Search.Hit::key).toList();
    }

    private static BiFunction<String, Integer, List<String>> baseline(List<Article> articles) throws IOException {
        var directory = new ByteBuffersDirectory();
        var analyzer = new StandardAnalyzer();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (var article : articles) {
                var content = article.content();
                var doc = new Document();
                doc.add(new StringField("key", article.slug(), Field.Store.YES));
                doc.add(new TextField("title", content.title(), Field.Store.NO));
                doc.add(new TextField("body", (content.problem() == null ? "" : content.problem()) + " "
                        + content.solution() + " " + String.join(" ", content.tags()), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        var searcher = new IndexSearcher(DirectoryReader.open(directory));
        var builder = new QueryBuilder(analyzer);
        return (query, limit) -> {
            try {
                var q = new BooleanQuery.Builder();
                var title = builder.createBooleanQuery("title", query, Occur.SHOULD);
                var body = builder.createBooleanQuery("body", query, Occur.SHOULD);
                if (title != null) {
                    q.add(title, Occur.SHOULD);
                }
                if (body != null) {
                    q.add(body, Occur.SHOULD);
                }
                var keys = new ArrayList<String>();
                for (var hit : searcher.search(q.build(), limit).scoreDocs) {
                    keys.add(searcher.storedFields().document(hit.doc).get("key"));
                }
                return keys;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    @Test
    void residentsQueriesFindTheRightArticles() throws IOException {
        var failures = new ArrayList<String>();
        for (var corpus : corpora) {
            var cases = corpus.cases();
            for (var c : cases) {
                for (var slug : c.expected()) {
                    assertTrue(corpus.articles().stream().anyMatch(a -> a.slug().equals(slug)),
                            corpus.name() + ": unknown article " + slug);
                }
            }
            var ours = hausdesk(corpus);
            var plain = baseline(corpus.articles());
            System.out.printf("%nSearch quality on %s: %d articles, %d queries%n", corpus.name(), corpus.articles().size(),
                    cases.size());
            System.out.printf("  %-6s %-11s %5s   %-17s %-17s%n", "half", "kind", "n", "Hausdesk R@5/MRR",
                    "Standard R@5/MRR");
            for (var half : List.of("tune", "test")) {
                var ofHalf = cases.stream().filter(c -> c.half().equals(half)).toList();
                var types = new java.util.TreeSet<String>();
                ofHalf.forEach(c -> types.add(c.type()));
                for (var type : types) {
                    var ofType = ofHalf.stream().filter(c -> c.type().equals(type)).toList();
                    var q = measure(ofType, ours);
                    var b = measure(ofType, plain);
                    System.out.printf("  %-6s %-11s %5d   %.3f / %.3f     %.3f / %.3f%n", half, type, ofType.size(),
                            q.recallAt5(), q.mrr(), b.recallAt5(), b.mrr());
                }
                var q = measure(ofHalf, ours);
                var b = measure(ofHalf, plain);
                System.out.printf("  %-6s %-11s %5d   %.3f / %.3f     %.3f / %.3f%n", half, "ALL", ofHalf.size(),
                        q.recallAt5(), q.mrr(), b.recallAt5(), b.mrr());
                // below first place is shown for the tuning half only: the test half is not tuned on
                q.misses().stream().filter(m -> half.equals("tune") || !m.startsWith("rank "))
                        .forEach(m -> System.out.println("    missed (" + half + "): " + m));
                if (half.equals("test") && (q.recallAt5() < RECALL_AT_5 || q.mrr() < MRR)) {
                    failures.add("%s test half: recall@5 %.3f (gate %.2f), MRR %.3f (gate %.2f)".formatted(corpus.name(),
                            q.recallAt5(), RECALL_AT_5, q.mrr(), MRR));
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    /**
     * Why a query ranks as it does, for tuning on the tuning half:
     * {@code ./mvnw test -Dtest=SearchQualityTest -Dsearch.explain="query text"}.
     */
    @Test
    void explainOnRequest() throws IOException {
        var text = System.getProperty("search.explain");
        org.junit.jupiter.api.Assumptions.assumeTrue(text != null && !text.isBlank(), "no -Dsearch.explain");
        for (var corpus : corpora) {
            var searcher = corpus.index().acquire();
            try {
                var plan = new QueryPlan(corpus.index(), searcher.getIndexReader(), false).plan(Search.clean(text));
                System.out.println("\n" + corpus.name() + ": " + plan.query() + "\ncorrected: " + plan.corrected());
                var wanted = System.getProperty("search.explain.slug", "");
                for (var hit : searcher.search(plan.query(), 50).scoreDocs) {
                    var key = searcher.storedFields().document(hit.doc).get(Fields.KEY);
                    if (hit.doc >= 0 && !key.equals(wanted) && hit.score < searcher.search(plan.query(), 5).scoreDocs[
                            Math.min(4, searcher.search(plan.query(), 5).scoreDocs.length - 1)].score) {
                        continue;
                    }
                    var explanation = searcher.explain(plan.query(), hit.doc);
                    System.out.printf("%n%.3f %s%n", hit.score, key);
                    if (key.equals(wanted) || Boolean.getBoolean("search.explain.full")) {
                        System.out.println(explanation);
                    }
                    for (var detail : explanation.getDetails()) {
                        System.out.printf("   %.3f %s%n", detail.getValue().floatValue(),
                                detail.getDetails().length > 0 ? detail.getDetails()[0].getDescription() : detail.getDescription());
                    }
                }
            } finally {
                corpus.index().release(searcher);
            }
        }
    }
}
