package org.hausdesk.search.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
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
 * Search quality over the shipped kb-content: German queries written as residents type them
 * (src/test/resources/search/quality-queries.tsv), each with the articles that answer it. Prints
 * recall@5 and MRR for Hausdesk's analysis and for a plain StandardAnalyzer as the baseline, and
 * fails below recall@5 = 0.9.
 */
class SearchQualityTest {

    private static final Path KB = Path.of("kb-content");

    @TempDir
    static Path indexDir;

    private static SearchIndex index;
    private static Search search;
    private static List<Article> articles;

    record Case(String query, Set<String> expected) {
    }

    @BeforeAll
    static void indexShippedArticles() throws Exception {
        articles = shippedArticles();
        index = new SearchIndex();
        index.settings = new SearchConfig();
        index.settings.indexDir = indexDir.resolve("hausdesk").toString();
        index.settings.synonymsFile = Optional.empty();
        index.source = new SearchSource() {
            @Override
            public long lastChange() {
                return 0;
            }

            @Override
            public void all(Consumer<IndexEntry> sink) {
                articles.forEach(a -> sink.accept(SearchSource.entry(a)));
            }
        };
        index.open();
        search = new Search();
        search.limits = new org.hausdesk.platform.control.RateLimits();
        search.index = index;
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static List<Article> shippedArticles() throws IOException {
        var list = new ArrayList<Article>();
        for (var file : ArticleFiles.articleFiles(KB)) {
            try {
                var parsed = ArticleFiles.parse(file, Files.readString(file, StandardCharsets.UTF_8));
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

    static List<Case> cases() throws IOException {
        var cases = new ArrayList<Case>();
        try (var in = SearchQualityTest.class.getResourceAsStream("/search/quality-queries.tsv")) {
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var parts = line.split("\t");
                cases.add(new Case(parts[0], Set.of(parts[1].split(","))));
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
            } else {
                misses.add(c.query() + " -> " + ranked.stream().limit(3).toList());
            }
            reciprocal += rank == 0 ? 0 : 1.0 / rank;
        }
        return new Quality(found / cases.size(), reciprocal / cases.size(), misses);
    }

    private static List<String> hausdesk(String query, int limit) {
        return search.search(query, Scope.RESIDENT, null, true, 0, limit).hits().stream().map(Search.Hit::key).toList();
    }

    private static BiFunction<String, Integer, List<String>> baseline() throws IOException {
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
        var cases = cases();
        assertTrue(cases.size() >= 40, "at least 40 queries, found " + cases.size());
        for (var c : cases) {
            for (var slug : c.expected()) {
                assertTrue(articles.stream().anyMatch(a -> a.slug().equals(slug)), "unknown article " + slug);
            }
        }

        var ours = measure(cases, SearchQualityTest::hausdesk);
        var plain = measure(cases, baseline());

        System.out.printf("Search quality over %d queries and %d articles%n", cases.size(), articles.size());
        System.out.printf("  Hausdesk (German analysis): recall@5 = %.3f  MRR = %.3f%n", ours.recallAt5(), ours.mrr());
        System.out.printf("  StandardAnalyzer baseline:  recall@5 = %.3f  MRR = %.3f%n", plain.recallAt5(), plain.mrr());
        ours.misses().forEach(m -> System.out.println("  missed: " + m));
        assertTrue(ours.recallAt5() >= 0.9, "recall@5 " + ours.recallAt5() + " below 0.9; missed " + ours.misses());
    }
}
