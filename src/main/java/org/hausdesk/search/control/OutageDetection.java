package org.hausdesk.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Suspected outages: when residents of several houses write about the same thing within a short
 * time (the cloud is down), three or more similar open tickets from at least two houses filed within
 * the window (default two hours) form one group. Similar means: they share at least two meaningful
 * words (umlauts folded, stems, compounds split, stop words left out), and these
 * are a good part of the shorter ticket's words. Tickets already linked to an outage are left out.
 */
@ApplicationScoped
public class OutageDetection {

    static final int MIN_SHARED_WORDS = 2;
    static final double MIN_SHARED_SHARE = 0.3;
    private static final int MAX_CANDIDATES = 500;

    @Inject
    SearchIndex index;

    @Inject
    @ConfigProperties
    SearchConfig settings;

    /** One ticket as the detection sees it. */
    public record Candidate(String number, long house, String escalation, Instant filed, Set<String> words) {
    }

    /**
     * @param id     stable as long as the group has the same tickets
     * @param words  the words most of its tickets share
     */
    public record Suspected(String id, List<Candidate> tickets, int houses, List<String> words, Instant since) {

        public List<String> numbers() {
            return tickets.stream().map(Candidate::number).toList();
        }
    }

    public List<Suspected> suspected(Instant now) {
        return group(candidates(now), settings.outageMinTickets(), settings.outageMinHouses());
    }

    /** Open tickets filed within the window and not linked to an outage, newest first. */
    List<Candidate> candidates(Instant now) {
        IndexSearcher searcher = null;
        try {
            searcher = index.acquire();
            var query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.TICKET)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.OUTAGE, Fields.NO_OUTAGE)), Occur.FILTER)
                    .add(new TermInSetQuery(Fields.STATE, List.of(new BytesRef("NEW"), new BytesRef("IN_PROGRESS"),
                            new BytesRef("WAITING"))), Occur.FILTER)
                    .add(LongPoint.newRangeQuery(Fields.FILED, now.minus(settings.outageWindow()).toEpochMilli(), now.toEpochMilli()),
                            Occur.FILTER)
                    .build();
            var candidates = new ArrayList<Candidate>();
            for (var hit : searcher.search(query, MAX_CANDIDATES).scoreDocs) {
                var doc = searcher.storedFields().document(hit.doc);
                candidates.add(new Candidate(doc.get(Fields.KEY), Long.parseLong(doc.get(Fields.HOUSE)),
                        doc.get(Fields.ESCALATION), Instant.ofEpochMilli(doc.getField(Fields.FILED).numericValue().longValue()),
                        words(doc.get(Fields.TITLE) + "\n" + doc.get(Fields.BODY))));
            }
            return candidates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    index.release(searcher);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The meaningful words of a text as a query sees them: folded, stemmed, compounds split, no stop words. */
    Set<String> words(String text) {
        var analyzer = GermanAnalyzer.forLongText();
        var words = new TreeSet<String>();
        for (var term : analyzer.terms(text == null ? "" : text)) {
            if (term.length() >= 3 && !term.chars().allMatch(Character::isDigit)) {
                words.add(term);
            }
        }
        return words;
    }

    static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (var word : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(word)) {
                shared++;
            }
        }
        return shared >= MIN_SHARED_WORDS && shared >= MIN_SHARED_SHARE * Math.min(a.size(), b.size());
    }

    /** Groups of similar tickets (linked through similarity, transitively) that are big and wide enough. */
    static List<Suspected> group(List<Candidate> candidates, int minTickets, int minHouses) {
        int n = candidates.size();
        var parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (similar(candidates.get(i).words(), candidates.get(j).words())) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        var groups = new HashMap<Integer, List<Candidate>>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(candidates.get(i));
        }
        var suspected = new ArrayList<Suspected>();
        for (var group : groups.values()) {
            int houses = (int) group.stream().mapToLong(Candidate::house).distinct().count();
            if (group.size() < minTickets || houses < minHouses) {
                continue;
            }
            group.sort(Comparator.comparing(Candidate::filed));
            var counts = new HashMap<String, Integer>();
            group.forEach(c -> c.words().forEach(w -> counts.merge(w, 1, Integer::sum)));
            var words = counts.entrySet().stream().filter(e -> e.getValue() * 2 > group.size())
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(5).map(Map.Entry::getKey).toList();
            suspected.add(new Suspected(id(group), List.copyOf(group), houses, words, group.getFirst().filed()));
        }
        suspected.sort(Comparator.comparing(Suspected::since).reversed());
        return suspected;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static String id(List<Candidate> group) {
        try {
            var joined = String.join(",", group.stream().map(Candidate::number).sorted().toList());
            var digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
