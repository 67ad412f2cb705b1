package org.hausdesk.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a search looks for, built from the words typed. Each word counts once, by its best match, so
 * that covering more of the words wins and no single word can outweigh the rest; within a word the
 * stricter match weighs more:
 * <pre>
 *   as typed (lower case)             1.0    e.g. "änderung"
 *   umlauts folded                    0.9    "anderung", "aenderung"
 *   stemmed                           0.8    "änderungen"
 *   another form (infinitive)         0.7    "geändert" ~ "ändern"
 *   Hausdesk's own synonyms           0.5    "kennwort" ~ "passwort"
 *   parts of a compound, each         0.4    "passwortänderung" ~ "passwort", "änderung"
 *     (of a word no text contains     0.8    they stand for it, and Hausdesk's synonyms of the parts count too)
 *   OpenThesaurus synonyms            0.3
 *   a typo corrected                  0.6 x the above, for a word no text contains
 * </pre>
 * A synonym rarer than the word typed counts no more than the word itself would (its weight times the
 * word's inverse document frequency over the synonym's), and synonyms are also looked up for the
 * word's verb or noun ("abstimmen" → "abstimmung"). Covering a word counts by how much it says: fully
 * for a word in at most a quarter of the documents, hardly at all for one that every document has. A
 * verb whose prefix stands at the end of the sentence is joined again ("melde ich mich an" → "anmelden").
 * Title, text and tags are scored as one document (BM25F, {@link CombinedFieldQuery}), the title
 * counting three times, so a word in the title helps but one title word cannot beat several in the text.
 * Words that say nothing ("ich", "möchte", "bitte") are left out unless nothing else is left, but
 * each pair of neighbouring words typed also counts where the text or the title has it as typed
 * ("komme nicht mehr", "hört mich"), and so does the whole search as a phrase.
 */
final class QueryPlan {

    static final float EXACT = 1.0f;
    static final float FOLDED = 0.9f;
    static final float STEMMED = 0.8f;
    static final float FORM = 0.7f;
    static final float OWN_SYNONYM = 0.5f;
    static final float PART = 0.4f;
    static final float THESAURUS = 0.3f;
    static final float CORRECTED = 0.6f;
    static final float NOTES = 0.4f;
    static final float PHRASE = 0.3f;
    /** Each pair of neighbouring words typed, found side by side in the text or in the title (each counts). */
    static final float PAIR = 0.2f;
    /** Added for each word a document matches at all: covering more of the words counts. */
    static final float COVERED = 0.4f;
    private static final float TITLE_WEIGHT = 3f;
    private static final float TAGS_WEIGHT = 1.5f;
    private static final float TIE_BREAKER = 0.1f;
    private static final int SYNONYMS_PER_WORD = 5;
    /** Words that begin a new clause: a verb's prefix right before one ends the clause before it. */
    private static final Set<String> CLAUSE_STARTS = Set.of("und", "oder", "aber", "denn", "weil", "wenn", "dass", "daß",
            "damit", "obwohl", "bevor", "nachdem", "sobald", "was", "wie", "wo", "warum", "ich", "es");

    /**
     * @param query     what is scored: the words (each once, by its best match), plus phrases as a bonus
     * @param matching  exactly the documents {@code query} matches, without scores and on the words-only field
     *                  {@link Fields#ALL}: cheap enough to count every hit per category
     * @param candidates the same documents as {@code query}, ranked roughly by plain term queries: cheap to find
     *                  the best few hundred among very many, which {@code query} then ranks (a rescore)
     * @param highlight the stemmed terms of the text that any variant looks for: what snippets mark
     * @param corrected the words as corrected if a typo was corrected, else null
     */
    record Plan(Query query, Query matching, Query candidates, Query highlight, String corrected) {
    }

    private final SearchIndex index;
    private final IndexReader reader;
    private final boolean staff;
    private final GermanAnalyzer exact;
    private final GermanAnalyzer folded;
    private final GermanAnalyzer stemmed;
    /** The terms and phrases of every variant, for {@link Plan#matching}. */
    private final java.util.Set<Term> matchingTerms = new java.util.LinkedHashSet<>();
    private final List<Query> matchingQueries = new ArrayList<>();
    /** The terms of the current word's variants on their own fields, with the weight of their strongest variant. */
    private final Map<Term, Float> candidateTerms = new LinkedHashMap<>();
    private final List<Query> candidates = new ArrayList<>();
    /** The terms of the text (stemmed, or English) of every variant, for marking them in snippets. */
    private final java.util.Set<Term> highlighted = new java.util.LinkedHashSet<>();
    private final List<Query> highlightPhrases = new ArrayList<>();
    private final List<Query> roughClauses = new ArrayList<>();

    QueryPlan(SearchIndex index, IndexReader reader, boolean staff) {
        this.index = index;
        this.reader = reader;
        this.staff = staff;
        this.exact = (GermanAnalyzer) index.queryAnalyzer(Fields.BODY_EXACT);
        this.folded = (GermanAnalyzer) index.queryAnalyzer(Fields.BODY_FOLDED);
        this.stemmed = (GermanAnalyzer) index.queryAnalyzer(Fields.BODY);
    }

    /** The plan for cleaned text (words separated by single spaces), or null if there is nothing to look for. */
    Plan plan(String text) throws IOException {
        var words = List.of(text.toLowerCase(Locale.GERMAN).split(" "));
        var content = words.stream().filter(w -> !GermanAnalyzer.STOP_WORDS.contains(w)).toList();
        var joined = content.isEmpty() ? List.<String>of()
                : separated(words).stream().filter(verb -> !content.contains(verb)).toList();
        var plan = plan(words, content.isEmpty() ? words : content, joined);
        if (plan == null && !content.isEmpty() && content.size() < words.size()) {
            plan = plan(words, words, List.of()); // the only word that matches may be one usually left out
        }
        return plan;
    }

    /**
     * @param typed  the words as typed, for phrases
     * @param words  the words searched for, each counting once
     * @param joined verbs joined from the words ("melde … an" → "anmelden"): they count like words, but
     *               are a guess, so they are never corrected as typos and left out if they match nothing
     */
    private Plan plan(List<String> typed, List<String> words, List<String> joined) throws IOException {
        matchingTerms.clear();
        matchingQueries.clear();
        candidateTerms.clear();
        candidates.clear();
        highlighted.clear();
        highlightPhrases.clear();
        roughClauses.clear();
        var core = new BooleanQuery.Builder();
        var corrected = new LinkedHashMap<String, String>();
        int clauses = 0;
        var all = new ArrayList<>(words);
        all.addAll(joined);
        for (var word : all) {
            var variants = new ArrayList<Query>();
            int frequency = word(word, 1f, variants);
            boolean guess = joined.contains(word) && !words.contains(word);
            if (!guess && (variants.isEmpty() || !staff && !public_(word))) { // a word no text has in any form: a typo?
                float weight = CORRECTED;
                for (var correction : corrections(word)) {
                    int before = variants.size();
                    int found = word(correction, weight, variants);
                    // for a resident, said only where the public articles or Hausdesk's synonyms know the word
                    if (variants.size() > before && (staff || public_(correction))) {
                        corrected.putIfAbsent(word, correction);
                        frequency = frequency > 0 ? frequency : found;
                    }
                    weight /= 2; // the second-closest word only where the closest matches nothing
                }
            }
            if (!variants.isEmpty()) {
                var clause = new DisjunctionMaxQuery(variants, TIE_BREAKER);
                core.add(clause, Occur.SHOULD);
                core.add(new BoostQuery(new ConstantScoreQuery(clause), COVERED * specificity(frequency)),
                        Occur.SHOULD);
                clauses++;
            }
            endOfWord();
        }
        // phrases of several words that have synonyms of their own ("geht nicht", "bildschirm teilen")
        for (int length = Math.min(index.synonyms().longest(), typed.size()); length >= 2; length--) {
            for (int i = 0; i + length <= typed.size(); i++) {
                var phrase = String.join(" ", typed.subList(i, i + length));
                var variants = new ArrayList<Query>();
                synonyms(index.synonyms().own(phrase), OWN_SYNONYM, variants, 0);
                synonyms(index.synonyms().thesaurus(phrase), THESAURUS, variants, 0);
                if (!variants.isEmpty()) {
                    core.add(new DisjunctionMaxQuery(variants, TIE_BREAKER), Occur.SHOULD);
                    clauses++;
                }
                endOfWord();
            }
        }
        if (clauses == 0) {
            return null;
        }
        // phrases only add to the score of what the words found; the query ranks the candidates only, so
        // phrases of words usually left out cost little: "komme nicht mehr" as in a problem statement
        var query = new BooleanQuery.Builder().add(core.build(), Occur.MUST);
        var phrases = new QueryBuilder(stemmed);
        for (int i = 0; i + 1 < typed.size(); i++) {
            var pair = phrases.createPhraseQuery(Fields.BODY, typed.get(i) + " " + typed.get(i + 1), 0);
            if (pair != null) {
                query.add(new BoostQuery(pair, PAIR), Occur.SHOULD);
            }
            var inTitle = phrases.createPhraseQuery(Fields.TITLE, typed.get(i) + " " + typed.get(i + 1), 0);
            if (inTitle != null) {
                query.add(new BoostQuery(inTitle, PAIR), Occur.SHOULD);
            }
        }
        if (words.size() > 1) {
            var phrase = String.join(" ", words);
            for (var field : List.of(Fields.TITLE, Fields.BODY)) {
                var near = phrases.createPhraseQuery(field, phrase, 2);
                if (near != null) {
                    query.add(new BoostQuery(near, PHRASE), Occur.SHOULD);
                }
            }
        }
        var matching = new BooleanQuery.Builder();
        matchingTerms.forEach(t -> matching.add(new TermQuery(t), Occur.SHOULD));
        matchingQueries.forEach(q -> matching.add(q, Occur.SHOULD));
        String correctedText = null;
        if (!corrected.isEmpty()) {
            correctedText = String.join(" ", typed.stream().map(w -> corrected.getOrDefault(w, w)).toList());
        }
        var rough = new BooleanQuery.Builder();
        roughClauses.forEach(q -> rough.add(q, Occur.SHOULD));
        var highlight = new BooleanQuery.Builder();
        highlighted.forEach(term -> highlight.add(new TermQuery(term), Occur.SHOULD));
        highlightPhrases.forEach(q -> highlight.add(q, Occur.SHOULD));
        return new Plan(query.build(), new ConstantScoreQuery(matching.build()), rough.build(), highlight.build(),
                correctedText);
    }

    /**
     * The candidate terms of one word (or phrase) go into the rough query, each weighed down by the
     * square root of how many the word has: a word with ten synonyms does not outweigh one without.
     * A flat disjunction of terms, which Lucene ranks fastest.
     */
    private void endOfWord() {
        int count = candidateTerms.size() + candidates.size();
        if (count > 0) {
            float share = (float) (1 / Math.sqrt(count));
            candidateTerms.forEach((term, weight) -> roughClauses.add(boost(new TermQuery(term), weight * share)));
            candidates.forEach(q -> roughClauses.add(boost(q, share)));
        }
        candidateTerms.clear();
        candidates.clear();
    }

    /**
     * Verbs whose prefix stands apart in a sentence, joined again where the result is a word the index or
     * Hausdesk's synonyms know: "wie melde ich mich an" → "anmelden", "lade ich die fotos hoch" → "hochladen",
     * "wie stimme ich ab" → "abstimmen". For each particle, the closest word before it that makes one.
     */
    private List<String> separated(List<String> words) throws IOException {
        var joined = new ArrayList<String>();
        for (int i = 1; i < words.size(); i++) {
            // it stands at the end of its clause: at the end of the search or before the next clause
            boolean clauseEnd = i + 1 == words.size() || CLAUSE_STARTS.contains(words.get(i + 1));
            if (!clauseEnd || !WordForms.SEPARABLE.contains(words.get(i))) {
                continue;
            }
            for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
                var verb = infinitive(words.get(i), words.get(j));
                if (verb != null) {
                    joined.add(verb);
                    break;
                }
            }
        }
        return joined;
    }

    /** The particle and a finite verb form as one known infinitive ("an" + "melde" → "anmelden"), else null. */
    private String infinitive(String particle, String finite) throws IOException {
        if (finite.length() < 3 || WordForms.SEPARABLE.contains(finite)) {
            return null;
        }
        var stems = new java.util.LinkedHashSet<String>();
        for (var ending : List.of("en", "st", "et", "e", "t", "")) {
            if (finite.endsWith(ending) && finite.length() - ending.length() >= 2) {
                stems.add(finite.substring(0, finite.length() - ending.length()));
            }
        }
        for (var stem : stems) {
            var infinitive = particle + stem + (stem.endsWith("er") || stem.endsWith("el") ? "n" : "en");
            if (staff ? !index.synonyms().own(infinitive).isEmpty() || occurrence(infinitive).anyForm() > 0
                    : public_(infinitive)) {
                return infinitive;
            }
        }
        return null;
    }

    /** Whether a public article has the word in some form, or Hausdesk's synonyms know it (never private texts). */
    private boolean public_(String word) throws IOException {
        if (reader.docFreq(new Term(Fields.SPELLING, word)) > 0 || !index.synonyms().own(word).isEmpty()) {
            return true;
        }
        for (var token : stemmed.tokens(word)) {
            if (token.word() && reader.docFreq(new Term(Fields.PUBLIC, token.term())) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ways one word can match, each weighted by how strict it is, times {@code weight}.
     *
     * @return in how many documents the word itself occurs ({@link Occurrence#asTyped})
     */
    private int word(String word, float weight, List<Query> variants) throws IOException {
        var literals = exact.terms(word);
        var foldeds = folded.terms(word);
        var tokens = stemmed.tokens(word);
        var occurrence = occurrence(literals, foldeds, tokens);
        int own = occurrence.asTyped();
        for (int i = 0; i < foldeds.size(); i++) {
            var term = foldeds.get(i);
            if (present(Fields.ALL_FOLDED, term)) {
                if (i < literals.size()) {
                    variants.add(boost(combined(Fields.TITLE_EXACT, Fields.BODY_EXACT, null, literals.get(i),
                            EXACT * weight), EXACT * weight));
                }
                variants.add(boost(combined(Fields.TITLE_FOLDED, Fields.BODY_FOLDED, null, term, FOLDED * weight),
                        FOLDED * weight));
            }
        }
        var parts = new BooleanQuery.Builder();
        boolean anyPart = false;
        for (var token : tokens) {
            if (staff && token.word() && present(Fields.NOTES, token.term())) {
                variants.add(boost(new TermQuery(new Term(Fields.NOTES, token.term())), NOTES * weight));
                candidate(new Term(Fields.NOTES, token.term()), NOTES * weight);
                matchingTerms.add(new Term(Fields.NOTES, token.term()));
            }
            if (!present(Fields.ALL, token.term())) {
                continue;
            }
            if (token.word()) {
                variants.add(boost(stem(token.term(), STEMMED * weight), STEMMED * weight));
                derived(token.term(), PART * weight, variants);
            } else if (GermanAnalyzer.FORM.equals(token.type())) {
                variants.add(boost(stem(token.term(), FORM * weight), FORM * weight));
                derived(token.term(), PART * weight, variants);
            } else {
                // the parts of a word no text contains stand for it as its stem would; else they only add to it
                float part = (own > 0 ? PART : STEMMED) * weight;
                parts.add(boost(stem(token.term(), part), part), Occur.SHOULD);
                anyPart = true;
            }
        }
        if (own == 0) { // and for a word no text contains, Hausdesk's synonyms of its parts: "Kennwort|zurücksetzung"
            for (var part : CompoundSplitter.shared().parts(word)) {
                var found = new ArrayList<Query>();
                synonyms(limit(index.synonyms().own(part)), STEMMED * OWN_SYNONYM * weight, found, 0);
                found.forEach(q -> parts.add(q, Occur.SHOULD));
                anyPart |= !found.isEmpty();
            }
        }
        if (anyPart) {
            variants.add(parts.build());
        }
        english(word, weight, variants);
        var ownSynonyms = new java.util.LinkedHashSet<String>();
        var thesaurus = new java.util.LinkedHashSet<String>();
        for (var form : forms(word)) {
            ownSynonyms.addAll(index.synonyms().own(form));
            thesaurus.addAll(index.synonyms().thesaurus(form));
        }
        synonyms(limit(ownSynonyms), OWN_SYNONYM * weight, variants, occurrence.anyForm());
        synonyms(limit(thesaurus), THESAURUS * weight, variants, occurrence.anyForm());
        return own;
    }

    /**
     * In how many documents a word occurs, as typed ({@code typed}: helpers umlauts folded, residents lower case)
     * and in its stemmed forms ({@code stems}), which may be shared with a common word ("helfer" and "helfen").
     * For a helper in every text, for a resident in the public articles only, so that what private texts contain
     * never changes what a resident's search looks for.
     */
    private record Occurrence(int typed, int stems) {

        /** How much covering the word says: as typed where any text has it so, else by its stems. */
        int asTyped() {
            return typed > 0 ? typed : stems;
        }

        /** The most of all its forms: a synonym never counts more than an inflected form would ("termine"/"termin"). */
        int anyForm() {
            return Math.max(typed, stems);
        }
    }

    private Occurrence occurrence(String word) throws IOException {
        return occurrence(exact.terms(word), folded.terms(word), stemmed.tokens(word));
    }

    private Occurrence occurrence(List<String> literals, List<String> foldeds, List<GermanAnalyzer.Token> tokens)
            throws IOException {
        int typed = 0;
        for (var term : staff ? foldeds : literals) {
            typed = Math.max(typed, reader.docFreq(new Term(staff ? Fields.ALL_FOLDED : Fields.SPELLING, term)));
        }
        int stems = 0;
        for (var token : tokens) {
            if (token.word()) {
                stems = Math.max(stems, reader.docFreq(new Term(staff ? Fields.ALL : Fields.PUBLIC, token.term())));
            }
        }
        return new Occurrence(typed, stems);
    }

    /** How many documents {@link Occurrence} counts among. */
    private int documents() throws IOException {
        return reader.getDocCount(staff ? Fields.ALL : Fields.PUBLIC);
    }

    /**
     * The word and the forms its synonyms may be listed under: the infinitive of a participle or of a noun in
     * -ung ("hochgeladen" → "hochladen"), and the noun in -ung of an infinitive ("abstimmen" → "abstimmung").
     */
    static List<String> forms(String word) {
        var forms = new ArrayList<String>();
        forms.add(word);
        forms.addAll(WordForms.of(word));
        if (word.length() >= 6 && (word.endsWith("ern") || word.endsWith("eln"))) {
            forms.add(word.substring(0, word.length() - 1) + "ung");
        } else if (word.length() >= 6 && word.endsWith("en")) {
            forms.add(word.substring(0, word.length() - 2) + "ung");
        }
        return forms;
    }

    private void english(String word, float weight, List<Query> variants) throws IOException {
        var english = new QueryBuilder(index.queryAnalyzer(Fields.BODY_EN));
        var title = english.createBooleanQuery(Fields.TITLE_EN, word, Occur.SHOULD);
        var body = english.createBooleanQuery(Fields.BODY_EN, word, Occur.SHOULD);
        if (title instanceof TermQuery t && body instanceof TermQuery b
                && (present(Fields.TITLE_EN, t.getTerm().text()) || present(Fields.BODY_EN, b.getTerm().text()))) {
            variants.add(boost(new BooleanQuery.Builder().add(boost(title, TITLE_WEIGHT), Occur.SHOULD)
                    .add(body, Occur.SHOULD).build(), EXACT * weight));
            matchingTerms.add(t.getTerm());
            matchingTerms.add(b.getTerm());
            candidate(t.getTerm(), EXACT * weight * TITLE_WEIGHT);
            candidate(b.getTerm(), EXACT * weight);
            highlighted.add(b.getTerm());
        }
    }

    /**
     * A synonym matches stemmed (a phrase if it is several words). A synonym of one word rarer than the word
     * typed counts no more than the word itself would ({@code own}: in how many documents the word occurs, 0 if
     * in none): "telefon" found for "android" must not outweigh "android" found as typed. (Synonyms of several
     * words match as phrases, rarer by nature; they are not capped.)
     */
    private void synonyms(Set<String> synonyms, float weight, List<Query> variants, int own) throws IOException {
        var phrases = new QueryBuilder(stemmed);
        for (var synonym : synonyms) {
            var tokens = stemmed.tokens(synonym).stream().filter(GermanAnalyzer.Token::word).toList();
            if (tokens.isEmpty() || !tokens.stream().allMatch(t -> present(Fields.ALL, t.term()))) {
                continue;
            }
            if (tokens.size() == 1) {
                var term = tokens.getFirst().term();
                float capped = weight * cap(own, reader.docFreq(new Term(staff ? Fields.ALL : Fields.PUBLIC, term)));
                variants.add(boost(stem(term, capped), capped));
                continue;
            }
            // several words, or one with a hyphen ("online-speicher")
            var phrase = new BooleanQuery.Builder();
            for (var field : List.of(Fields.TITLE, Fields.BODY)) {
                var near = phrases.createPhraseQuery(field, synonym, 1);
                if (near != null) {
                    phrase.add(near, Occur.SHOULD);
                }
            }
            var built = phrase.build();
            if (!built.clauses().isEmpty()) {
                variants.add(boost(built, weight));
                matchingQueries.add(built);
                candidates.add(boost(built, weight));
                highlightPhrases.add(built);
            }
        }
    }

    /** Whether any document has the term: a variant that cannot match is left out of the query. */
    private boolean present(String field, String term) {
        try {
            return reader.docFreq(new Term(field, term)) > 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The closest words to a word no text contains: words of the public articles and the words of
     * Hausdesk's own synonyms ("verschiken" → "verschicken", which then leads to "teilen"). One edit
     * for words of four or five letters, two from six up; the best two.
     */
    private List<String> corrections(String word) throws IOException {
        if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        int edits = word.length() >= 6 ? 2 : 1;
        var spell = new DirectSpellChecker();
        spell.setMaxEdits(edits);
        spell.setMinPrefix(0);
        spell.setMinQueryLength(4);
        spell.setAccuracy(0.6f);
        // one measure for both kinds of candidates, the spell checker's own score is on another scale
        var distance = new LuceneLevenshteinDistance();
        var candidates = new java.util.TreeMap<Float, List<String>>(java.util.Comparator.reverseOrder());
        for (var suggestion : spell.suggestSimilar(new Term(Fields.SPELLING, word), 3, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
            candidates.computeIfAbsent(distance.getDistance(word, suggestion.string), k -> new ArrayList<>())
                    .add(suggestion.string);
        }
        for (var known : index.synonyms().ownWords()) {
            if (Math.abs(known.length() - word.length()) <= edits && known.indexOf(' ') < 0) {
                float similarity = distance.getDistance(word, known);
                if (Math.round((1 - similarity) * Math.max(word.length(), known.length())) <= edits) {
                    candidates.computeIfAbsent(similarity, k -> new ArrayList<>()).add(known);
                }
            }
        }
        var words = new ArrayList<String>();
        for (var closest : candidates.values()) {
            for (var candidate : closest) {
                if (words.size() < 2 && !words.contains(candidate) && !GermanAnalyzer.STOP_WORDS.contains(candidate)) {
                    words.add(candidate);
                }
            }
        }
        return words;
    }

    private static Set<String> limit(Set<String> synonyms) {
        return synonyms.size() <= SYNONYMS_PER_WORD ? synonyms
                : new java.util.LinkedHashSet<>(synonyms.stream().limit(SYNONYMS_PER_WORD).toList());
    }

    /** The word as a part of a compound or a form derived from a word in a document ("passwort" in "Passwortfeld"). */
    private void derived(String term, float weight, List<Query> variants) {
        if (present(Fields.PARTS, term)) {
            variants.add(boost(new TermQuery(new Term(Fields.PARTS, term)), weight));
            candidate(new Term(Fields.PARTS, term), weight);
            matchingTerms.add(new Term(Fields.ALL, term));
        }
    }

    /** A term of the stemmed fields: title, text and tags. */
    private Query stem(String term, float weight) {
        return combined(Fields.TITLE, Fields.BODY, Fields.TAGS, term, weight);
    }

    /**
     * BM25F over the fields. The same term on the words-only field counts the hit, and on each field
     * alone (plain term queries, cheap to rank) it finds the candidates.
     */
    private Query combined(String title, String body, String tags, String term, float weight) {
        // counted on the words-only fields; an exact match always comes with its folded one, which counts it
        if (title.equals(Fields.TITLE)) {
            matchingTerms.add(new Term(Fields.ALL, term));
        } else if (title.equals(Fields.TITLE_FOLDED)) {
            matchingTerms.add(new Term(Fields.ALL_FOLDED, term));
        }
        if (!title.equals(Fields.TITLE_EXACT)) { // a literal match is a folded one too, for finding it
            candidate(new Term(title, term), weight * TITLE_WEIGHT);
            candidate(new Term(body, term), weight);
        }
        if (body.equals(Fields.BODY)) {
            highlighted.add(new Term(Fields.BODY, term));
        }
        var builder = new CombinedFieldQuery.Builder(term).addField(title, TITLE_WEIGHT).addField(body, 1f);
        if (tags != null) {
            builder.addField(tags, TAGS_WEIGHT);
            candidate(new Term(tags, term), weight * TAGS_WEIGHT);
            matchingTerms.add(new Term(tags, term)); // English articles have tags but no words-only field
        }
        return builder.build();
    }

    /**
     * How much covering a word counts, from 0 to 1: fully for a word found in at most a quarter of the documents,
     * less the more common it is, nearly nothing for a word every document has ("aufs"), as BM25's inverse
     * document frequency falls; fully for a word found only by its synonyms or parts (frequency 0).
     */
    private float specificity(int frequency) throws IOException {
        int documents = documents();
        if (frequency <= 0 || documents <= 0) {
            return 1f;
        }
        double quarter = idf(documents / 4.0, documents);
        return (float) Math.clamp(idf(frequency, documents) / quarter, 0, 1);
    }

    /** 1, or less when a variant is rarer than the word typed: the word's weight over the variant's. */
    private float cap(int own, int variant) throws IOException {
        int documents = documents();
        if (own <= 0 || variant >= own || documents <= 0) {
            return 1f;
        }
        return (float) (idf(own, documents) / idf(variant, documents));
    }

    private static double idf(double freq, int documents) {
        return Math.log(1 + (documents - freq + 0.5) / (freq + 0.5));
    }

    private void candidate(Term term, float weight) {
        candidateTerms.merge(term, weight, Math::max);
    }

    private static Query boost(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
